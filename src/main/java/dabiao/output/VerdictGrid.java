package dabiao.output;

import dabiao.model.Report;
import dabiao.model.Scope;
import dabiao.model.Target;
import dabiao.model.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * One region's verdicts as a grid: its scopes (the region, then its districts) across, its targets (in
 * the order the rules declare them) down, and at most one verdict per cell. The markdown table and the
 * HTML heat map draw it.
 *
 * @param region  the region as a whole
 * @param scopes  the region and its districts, in report order
 * @param targets every target with a verdict in the region
 */
record VerdictGrid(Scope region, List<Scope> scopes, List<Target> targets, Map<String, Verdict> cells) {

    /** One grid per region, in report order. */
    static List<VerdictGrid> of(Report report) {
        Map<String, List<Verdict>> byRegion = new LinkedHashMap<>();
        report.verdicts().forEach(v -> byRegion.computeIfAbsent(v.scope().region(), r -> new ArrayList<>()).add(v));
        List<VerdictGrid> grids = new ArrayList<>();
        for (List<Verdict> verdicts : byRegion.values()) {
            LinkedHashSet<Scope> scopes = new LinkedHashSet<>();
            LinkedHashSet<Target> targets = new LinkedHashSet<>();
            Map<String, Verdict> cells = new HashMap<>();
            for (Verdict v : verdicts) {
                scopes.add(v.scope());
                targets.add(v.target());
                cells.put(key(v.target(), v.scope()), v);
            }
            List<Target> ordered = new ArrayList<>(targets);
            ordered.sort(RULE_ORDER);
            Scope region = scopes.stream().filter(s -> !s.district()).findFirst().orElse(scopes.iterator().next());
            grids.add(new VerdictGrid(region, List.copyOf(scopes), ordered, cells));
        }
        return grids;
    }

    /** The order in which the rules files declare the targets. */
    static final Comparator<Target> RULE_ORDER = Comparator
            .comparing((Target t) -> t.source() == null ? "" : t.source().file())
            .thenComparingInt(t -> t.source() == null ? 0 : t.source().line());

    /** The verdict of {@code target} on {@code scope}, or null where the target does not apply. */
    Verdict at(Target target, Scope scope) {
        return cells.get(key(target, scope));
    }

    private static String key(Target t, Scope s) {
        return t.id() + "\n" + s.code();
    }
}
