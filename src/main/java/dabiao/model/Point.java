package dabiao.model;

/**
 * One figure of one indicator for one scope: the state at the end of {@code period}.
 *
 * @param source where the figure was read, or how it was derived (the numerator's line)
 */
public record Point(Period period, double value, SourceRef source) {
}
