package dabiao.model;

/** What sort of quantity an indicator is, which decides the checks on its figures. */
public enum IndicatorKind {
    /** Things or persons; never negative. */
    COUNT,
    /** Money in yuan; never negative. */
    AMOUNT,
    /** A share from 0 to 100. */
    PERCENT,
    /** A ratio per N residents or per resident; never negative. */
    PER_CAPITA,
    /** Any other quantity (years, square metres); never negative. */
    MEASURE
}
