package dabiao.model;

/** Why a scope is judged against a target. */
public enum ScopeRole {
    /** The scope the plan names: the city for a 全市 target, each district for a 各区 target. */
    TARGET,
    /** A district judged against a city-wide standard, beside the city's own verdict. */
    DISTRICT_BENCHMARK;

    /** The identifier used in JSON and CSV, e.g. {@code district-benchmark}. */
    public String id() {
        return Ids.of(this);
    }

    /** The role of {@code scope} for {@code target}: a district under a region-wide target is a benchmark. */
    public static ScopeRole of(Target target, Scope scope) {
        return target.named() == ScopeLevel.REGION && scope.district() ? DISTRICT_BENCHMARK : TARGET;
    }
}
