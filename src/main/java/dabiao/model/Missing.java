package dabiao.model;

/**
 * What a verdict needs but does not have.
 *
 * @param indicator the indicator whose figure is missing
 * @param what      which figure, see {@link Kind}
 * @param period    the period concerned (the baseline's, the year's, the deadline's, the stale figure's),
 *                  or null
 */
public record Missing(String indicator, Kind what, Period period) {

    public enum Kind {
        /** No figure at all. */
        ANY,
        /** Only the baseline figure, so no progress can be judged. */
        AFTER_BASELINE,
        /** No year-to-date figure in the year judged. */
        IN_YEAR,
        /** The target is closed and the figure for its deadline was not reported. */
        AT_DEADLINE,
        /** An increase over the start level, and the start level was not reported. */
        BASELINE,
        /** The latest figure is too old to be evidence of where things stand. */
        STALE;

        /** The identifier used in JSON, CSV and message keys, e.g. {@code after-baseline}. */
        public String id() {
            return Ids.of(this);
        }
    }
}
