package dabiao.input;

import java.util.List;

/** The indicator catalog exactly as written ({@code schema: dabiao/catalog/v1}), before validation. */
public record CatalogDocument(Text schema, List<Entry> indicators) {

    public static final String SCHEMA = "dabiao/catalog/v1";

    /**
     * One indicator as written; {@code since} and {@code yearly} are for a running total: the year it
     * counts from, and the code of the year-to-date indicator whose yearly figures it sums.
     */
    public record Entry(Text code, String name, String nameEn, String unit, String unitEn, Text kind,
                        Text basis, Text level, Derived derived, String note, Text since, Text yearly) {
    }

    /**
     * A derivation as written: a ratio (numerator, denominator, per), a share of districts, or a share of
     * the units at a level ({@code share_of_units} with {@code units: street|community}).
     */
    public record Derived(String numerator, String denominator, Double per, String shareOfDistricts,
                          String shareOfUnits, String units, String meeting) {
    }
}
