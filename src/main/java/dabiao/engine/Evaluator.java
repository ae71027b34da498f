package dabiao.engine;

import dabiao.input.DataSet;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluates every target on every scope it applies to, as of one period. Each region is evaluated in
 * a session of its own, so memory holds one region's facts at a time.
 */
public final class Evaluator {

    private final RuleBase rules;
    private final Reasons reasons;

    public Evaluator(RuleBase rules, Catalog catalog) {
        this.rules = Objects.requireNonNull(rules, "rules must not be null");
        this.reasons = new Reasons(Objects.requireNonNull(catalog, "catalog must not be null"));
    }

    /** Evaluates {@code data} as if nothing after {@code asOf} had been reported. */
    public List<Verdict> evaluate(DataSet data, Period asOf) {
        return evaluate(data, asOf, null);
    }

    /**
     * As {@link #evaluate(DataSet, Period)}, telling {@code listener} (if not null) of every rule that
     * fires; tests use it to see which rules decided.
     */
    public List<Verdict> evaluate(DataSet data, Period asOf, AgendaEventListener listener) {
        DataSet seen = data.upTo(asOf);
        Methodology methodology = new Methodology(rules.targetsByRule(), new Assessor(seen, asOf), reasons);
        List<Verdict> verdicts = new ArrayList<>();
        for (String region : seen.regions()) {
            List<Scope> scopes = seen.scopesOf(region);
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
                found.sort(order(scopes));
                verdicts.addAll(found);
            } finally {
                session.dispose();
            }
        }
        return verdicts;
    }

    /** Evaluates and wraps the verdicts with what writers need. */
    public Report report(DataSet data, Period asOf, Catalog catalog) {
        return new Report(asOf, evaluate(data, asOf), catalog);
    }

    private Comparator<Verdict> order(List<Scope> scopes) {
        Map<String, Integer> targetIndex = new HashMap<>();
        List<Target> targets = rules.targets();
        for (int i = 0; i < targets.size(); i++) {
            targetIndex.put(targets.get(i).id(), i);
        }
        return Comparator.comparingInt((Verdict v) -> scopes.indexOf(v.scope()))
                .thenComparingInt(v -> targetIndex.getOrDefault(v.target().id(), Integer.MAX_VALUE));
    }
}
