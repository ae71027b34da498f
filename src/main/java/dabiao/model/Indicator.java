package dabiao.model;

/**
 * An indicator of the catalog: a code defined once, with its names, unit and meaning.
 *
 * @param code       snake_case identifier used in snapshots and rules, e.g. {@code childcare_places}
 * @param name       Chinese name
 * @param nameEn     English name
 * @param unit       Chinese unit, e.g. 个
 * @param unitEn     English unit, e.g. places
 * @param kind       what sort of quantity it is
 * @param basis      what a quarter's figure counts
 * @param level      the lowest level figures are reported for (and every level above it): the region only,
 *                   each district; or the units that alone report it, each street or each community
 * @param derivation how it follows from other indicators, or null when statisticians report it
 * @param runningTotal for a running total, the year it counts from and the yearly count it sums, or null
 */
public record Indicator(String code, String name, String nameEn, String unit, String unitEn,
                        IndicatorKind kind, Basis basis, ScopeLevel level,
                        Derivation derivation, RunningTotal runningTotal) {

    public String name(Lang lang) {
        return lang.pick(name, nameEn);
    }

    public String unit(Lang lang) {
        return lang.pick(unit, unitEn);
    }

    /** The unit as written after a figure: "%" and Chinese units directly, English ones after a space. */
    public String unitAfterFigure(Lang lang) {
        String u = unit(lang);
        return u.isEmpty() || u.equals("%") || lang == Lang.ZH ? u : " " + u;
    }

    /** Whether figures are reported for districts, not for the region only. */
    public boolean byDistrict() {
        return level != ScopeLevel.REGION;
    }

    /**
     * Whether a scope at {@code scope} reports it: one at the indicator's level or above, but for an
     * indicator of streets or communities (a committee's own 1/0), which only those units report.
     */
    public boolean reportedAt(ScopeLevel scope) {
        return level.unit() ? scope == level : !scope.below(level);
    }

    public boolean derived() {
        return derivation != null;
    }

    /** The year-to-date indicator this running total sums, or null. */
    public String yearly() {
        return runningTotal == null ? null : runningTotal.yearly();
    }
}
