package dabiao.engine;

import dabiao.data.DataSet;
import dabiao.diagnostics.InputException;
import dabiao.model.Assessment;
import dabiao.model.Catalog;
import dabiao.model.Period;
import dabiao.model.Report;
import dabiao.model.Scope;
import dabiao.model.Target;
import dabiao.model.Verdict;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Evaluates every target on every scope it applies to, as of one period. Each region is evaluated in
 * a session of its own (regions in parallel), so a session holds one region's facts, never the country's.
 */
public final class Evaluator {

    private final RuleBase rules;
    private final Catalog catalog;
    private final Reasons reasons;
    private final Map<String, Integer> targetOrder = new HashMap<>();

    public Evaluator(RuleBase rules, Catalog catalog) {
        this.rules = Objects.requireNonNull(rules, "rules must not be null");
        this.catalog = Objects.requireNonNull(catalog, "catalog must not be null");
        this.reasons = new Reasons(catalog);
        List<Target> targets = rules.targets();
        for (int i = 0; i < targets.size(); i++) {
            targetOrder.put(targets.get(i).id(), i);
        }
    }

    /**
     * Evaluates {@code data} as if nothing after {@code asOf} had been reported.
     *
     * @throws InputException naming each target rule that breaks the one-verdict contract
     */
    public List<Verdict> evaluate(DataSet data, Period asOf) {
        return evaluate(data, asOf, null);
    }

    /**
     * As {@link #evaluate(DataSet, Period)}, telling {@code listener} (if not null) of every rule that
     * fires; tests and {@code explain} use it to see which rules decided. Regions are evaluated in
     * parallel, unless a listener must hear the rules one at a time.
     */
    public List<Verdict> evaluate(DataSet data, Period asOf, AgendaEventListener listener) {
        DataSet seen = data.upTo(asOf);
        Methodology methodology = new Methodology(rules.targetsByRule(), new Assessor(seen, asOf), reasons);
        List<String> regions = List.copyOf(seen.regions());
        Stream<String> each = listener == null ? regions.parallelStream() : regions.stream();
        List<Verdict> verdicts = each.map(region -> evaluateRegion(seen.scopesOf(region), methodology, listener))
                .flatMap(List::stream)
                .toList();
        if (!methodology.faults().isEmpty()) {
            throw new InputException(methodology.faults());
        }
        return verdicts;
    }

    /** Evaluates and wraps the verdicts with what writers need. */
    public Report report(DataSet data, Period asOf) {
        return new Report(asOf, evaluate(data, asOf), catalog);
    }

    private List<Verdict> evaluateRegion(List<Scope> scopes, Methodology methodology, AgendaEventListener listener) {
        KieSession session = rules.newSession();
        try {
            if (listener != null) {
                session.addEventListener(listener);
            }
            session.setGlobal(TargetRules.GLOBAL, methodology);
            scopes.forEach(session::insert);
            rules.fire(session, null);
            List<Verdict> found = new ArrayList<>();
            session.getObjects(new ClassObjectFilter(Verdict.class)).forEach(o -> found.add((Verdict) o));
            checkOneStatusEach(session, found);
            found.sort(order(scopes));
            return found;
        } finally {
            session.dispose();
        }
    }

    /**
     * Every assessment took exactly one status rule: the status rules' conditions are meant to exclude
     * each other and leave nothing out, and a gap or an overlap is a fault of the methodology (exit 3).
     */
    private static void checkOneStatusEach(KieSession session, List<Verdict> verdicts) {
        Map<Assessment, Integer> statuses = new IdentityHashMap<>();
        session.getObjects(new ClassObjectFilter(Assessment.class)).forEach(o -> statuses.put((Assessment) o, 0));
        verdicts.forEach(v -> statuses.merge(v.assessment(), 1, Integer::sum));
        statuses.forEach((a, n) -> {
            if (n != 1) {
                throw new IllegalStateException(n + " statuses for " + a.target().id() + " on " + a.scope().code()
                        + (a.year() == null ? "" : " in " + a.year()));
            }
        });
    }

    /** Scopes in the region's order (the region first), then targets in the rules' order, then years. */
    private Comparator<Verdict> order(List<Scope> scopes) {
        Map<String, Integer> scopeOrder = new HashMap<>();
        for (int i = 0; i < scopes.size(); i++) {
            scopeOrder.put(scopes.get(i).code(), i);
        }
        return Comparator.comparingInt((Verdict v) -> scopeOrder.getOrDefault(v.scope().code(), Integer.MAX_VALUE))
                .thenComparingInt(v -> targetOrder.getOrDefault(v.target().id(), Integer.MAX_VALUE))
                .thenComparingInt(v -> v.assessment().year() == null ? 0 : v.assessment().year());
    }
}
