package dabiao.model;

/**
 * One figure of one indicator for one scope: the state at the end of {@code period}.
 *
 * @param source where the figure was read, or how it was derived (the numerator's line)
 */
public record Point(Period period, double value, SourceRef source) {

    /** The figure of {@code series} for the moment {@code period} ends (a year and its Q4 alike), or null. */
    public static Point at(java.util.List<Point> series, Period period) {
        for (Point p : series) {
            if (p.period().sameMoment(period)) {
                return p;
            }
        }
        return null;
    }
}
