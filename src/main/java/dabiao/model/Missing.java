package dabiao.model;

/**
 * What a verdict needs but does not have.
 *
 * @param indicator the indicator whose figure is missing
 * @param what      which figure: {@link Kind#ANY} (none at all), {@link Kind#AFTER_BASELINE} (only the
 *                  baseline figure, so no progress can be judged), {@link Kind#IN_YEAR} (no year-to-date
 *                  figure in the year judged)
 * @param period    the period concerned, or null
 */
public record Missing(String indicator, Kind what, Period period) {

    public enum Kind {
        ANY, AFTER_BASELINE, IN_YEAR;

        /** The identifier used in JSON, CSV and message keys, e.g. {@code after-baseline}. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
