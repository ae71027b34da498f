package dabiao.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of an evaluation: every verdict as of one period, ordered by region, scope and target.
 *
 * @param asOf     the period evaluated
 * @param verdicts the verdicts
 * @param catalog  the indicators, for names and units in reports
 */
public record Report(Period asOf, List<Verdict> verdicts, Catalog catalog) {

    public Report {
        verdicts = List.copyOf(verdicts);
    }

    /** How many verdicts have each status, every status present (zero included). */
    public Map<Status, Integer> summary() {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0);
        }
        verdicts.forEach(v -> counts.merge(v.status(), 1, Integer::sum));
        return counts;
    }

    /**
     * Whether any verdict fails a run with {@code threshold}: at or past it, on a scope the plan names
     * (never a district benchmark); false when there is no threshold.
     */
    public boolean anyAtOrPast(Status threshold) {
        return verdicts.stream().anyMatch(v -> v.failsAt(threshold));
    }
}
