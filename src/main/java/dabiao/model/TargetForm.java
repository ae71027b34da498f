package dabiao.model;

/** How a target's figure accumulates, which decides its baseline and its path. */
public enum TargetForm {
    /** The indicator's level at the deadline. Baseline: the starting period's figure, else the earliest. */
    LEVEL,
    /** A running total since the plan period began; zero at the start unless a figure says otherwise. */
    CUMULATIVE,
    /** A quota for each year from the start year to the deadline year; figures are year-to-date counts. */
    YEARLY,
    /** An increase of the level over the starting level; the requirement's value is the increase. */
    INCREASE;

    /** The word used in rules and JSON, e.g. {@code cumulative}. */
    public String word() {
        return Ids.of(this);
    }

    /** Looks a form up by its word; null when there is none. */
    public static TargetForm byWord(String word) {
        for (TargetForm f : values()) {
            if (f.word().equals(word)) {
                return f;
            }
        }
        return null;
    }
}
