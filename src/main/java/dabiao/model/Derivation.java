package dabiao.model;

/** How a derived indicator follows from others; figures of derived indicators are computed, not typed. */
public sealed interface Derivation {

    /**
     * numerator / denominator × per, e.g. childcare places / resident population × 1000.
     * The denominator's latest figure at or before the period is used, since populations are
     * often reported once a year.
     */
    record Ratio(String numerator, String denominator, double per) implements Derivation {
    }

    /**
     * The percentage of the units at {@code units} lying in a scope whose own figure of {@code indicator}
     * meets {@code meeting}: the share of counties meeting an education standard (units: districts), of
     * communities with an embedded service facility (units: communities), computed for every scope above
     * the units. Counties counted are the 县(市、区): a functional zone ({@link Scope#functionalZone()}) is
     * in neither the count nor the total.
     */
    record ShareOfUnits(String indicator, ScopeLevel units, Requirement meeting) implements Derivation {
    }
}
