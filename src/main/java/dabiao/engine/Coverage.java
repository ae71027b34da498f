package dabiao.engine;

import dabiao.data.DataSet;
import dabiao.data.Divisions;
import dabiao.diagnostics.InputException;
import dabiao.diagnostics.Problem;
import dabiao.model.Period;
import dabiao.model.SourceRef;
import dabiao.model.Verdict;
import dabiao.model.Assignment;
import dabiao.model.Scope;
import dabiao.model.Target;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * Which scopes each target applies to: the target rules fired on a list of scopes, nothing assessed, and
 * the methodology's contract checks (one verdict per target and scope) run on the way.
 */
public final class Coverage {

    private Coverage() {
    }

    /**
     * What an evaluation as of {@code asOf} cannot see, as warnings: a region with snapshots that no target
     * applies to, a region that targets apply to without snapshots, and a region whose latest snapshot is
     * older than {@code asOf} (its verdicts rest on old figures, or say stale).
     *
     * @param verdicts    the evaluation's verdicts: a region with one is targeted, and only the other
     *                    regions' scopes are fired, so a national run does not fire its rules twice
     * @param snapshots   where the snapshots are, as shown to the user
     * @param rulesFolder where the rules are, as shown to the user
     */
    public static List<Problem> gaps(RuleBase rules, Divisions divisions, DataSet data, List<Verdict> verdicts,
                                     Period asOf, String snapshots, String rulesFolder) {
        Set<String> targeted = new LinkedHashSet<>();
        verdicts.forEach(v -> targeted.add(v.scope().region()));
        List<Scope> unjudged = divisions.all().stream().filter(s -> !targeted.contains(s.region())).toList();
        of(rules, unjudged).values().forEach(list -> list.forEach(s -> targeted.add(s.region())));
        List<Problem> warnings = new ArrayList<>();
        for (String region : data.regions()) {
            String name = divisions.region(region).map(Scope::name).orElse(region);
            Period latest = data.latestOf(region);
            if (!targeted.contains(region)) {
                warnings.add(Problem.warning(SourceRef.of(snapshots), "coverage.no-rules", name, region, rulesFolder));
            } else if (data.earliestOf(region) != null && data.earliestOf(region).endMonth() > asOf.endMonth()) {
                warnings.add(Problem.warning(SourceRef.of(snapshots), "coverage.as-of-before", name, region,
                        data.earliestOf(region), asOf));
            } else if (latest != null && latest.endMonth() < asOf.endMonth()) {
                warnings.add(Problem.warning(SourceRef.of(snapshots), "coverage.as-of-beyond", name, region, latest, asOf));
            }
        }
        for (String region : targeted) {
            if (!data.regions().contains(region)) {
                String name = divisions.region(region).map(Scope::name).orElse(region);
                warnings.add(Problem.warning(SourceRef.of(rulesFolder), "coverage.no-snapshots", name, region, snapshots));
            }
        }
        return warnings;
    }

    /**
     * Every target of {@code rules} with the scopes among {@code scopes} its rule selects, in order.
     *
     * @throws InputException naming each target rule that breaks the one-verdict contract
     */
    public static Map<Target, List<Scope>> of(RuleBase rules, List<Scope> scopes) {
        Map<Target, List<Scope>> coverage = new LinkedHashMap<>();
        rules.targets().forEach(t -> coverage.put(t, new ArrayList<>()));
        KieSession session = rules.newSession();
        try {
            Methodology methodology = new Methodology(rules.targetsByRule(), null, null);
            session.setGlobal(TargetRules.GLOBAL, methodology);
            scopes.forEach(session::insert);
            rules.fire(session, match -> !match.getRule().getPackageName().equals(RuleBase.METHODOLOGY_PACKAGE)
                    || match.getRule().getMetaData().containsKey("contract"));
            if (!methodology.faults().isEmpty()) {
                throw new InputException(methodology.faults());
            }
            for (Object o : session.getObjects(new ClassObjectFilter(Assignment.class))) {
                Assignment a = (Assignment) o;
                coverage.get(a.target()).add(a.scope());
            }
        } finally {
            session.dispose();
        }
        Map<Scope, Integer> order = new java.util.HashMap<>();
        for (int i = 0; i < scopes.size(); i++) {
            order.putIfAbsent(scopes.get(i), i);
        }
        coverage.values().forEach(list -> list.sort(java.util.Comparator.comparing(order::get)));
        return coverage;
    }
}
