package dabiao.model;

/** What a quarter's figure counts. */
public enum Basis {
    /** The state at the end of the period (stocks, rates, ratios). */
    STATE,
    /** The running total since the plan period began. */
    CUMULATIVE,
    /** The count since the start of the calendar year. */
    YEAR_TO_DATE
}
