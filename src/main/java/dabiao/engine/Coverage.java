package dabiao.engine;

import dabiao.model.Assignment;
import dabiao.model.Scope;
import dabiao.model.Target;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which scopes each target applies to: the target rules fired on a list of scopes, nothing assessed. */
public final class Coverage {

    private Coverage() {
    }

    /** Every target of {@code rules} with the scopes among {@code scopes} its rule selects, in order. */
    public static Map<Target, List<Scope>> of(RuleBase rules, List<Scope> scopes) {
        Map<Target, List<Scope>> coverage = new LinkedHashMap<>();
        rules.targets().forEach(t -> coverage.put(t, new ArrayList<>()));
        KieSession session = rules.newSession();
        try {
            session.setGlobal(TargetRules.GLOBAL, new Methodology(rules.targetsByRule(), null, null));
            scopes.forEach(session::insert);
            rules.fire(session, match -> !match.getRule().getPackageName().equals(RuleBase.METHODOLOGY_PACKAGE));
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
