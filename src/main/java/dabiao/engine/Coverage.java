package dabiao.engine;

import dabiao.input.InputException;
import dabiao.model.Assignment;
import dabiao.model.Scope;
import dabiao.model.Target;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        coverage.values().forEach(list -> list.sort(java.util.Comparator.comparingInt(scopes::indexOf)));
        return coverage;
    }
}
