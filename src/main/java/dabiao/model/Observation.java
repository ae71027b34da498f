package dabiao.model;

/** A figure as reported in a snapshot: which scope, which indicator, and the point. */
public record Observation(String scope, String indicator, Point point) {
}
