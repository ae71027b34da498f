package dabiao.engine;

import dabiao.model.Assessment;
import dabiao.model.Assignment;
import dabiao.model.Explanation;
import dabiao.model.Scope;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Listens to an evaluation and keeps the rules that fired on one target and scope, in firing order: the
 * target rule that matched the scope, the methodology rule that assessed the assignment, and the one
 * that chose the status. {@code explain} shows them; pass it to
 * {@link Evaluator#evaluate(dabiao.input.DataSet, dabiao.model.Period, org.kie.api.event.rule.AgendaEventListener)}.
 */
public final class FiredRules extends DefaultAgendaEventListener {

    private final String target;
    private final String scope;
    private final List<Explanation.Fired> fired = new ArrayList<>();

    public FiredRules(String target, String scope) {
        this.target = Objects.requireNonNull(target, "target must not be null");
        this.scope = Objects.requireNonNull(scope, "scope must not be null");
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Rule rule = event.getMatch().getRule();
        boolean methodology = rule.getPackageName().equals(RuleBase.METHODOLOGY_PACKAGE);
        for (Object fact : event.getMatch().getObjects()) {
            if (concerns(fact, rule, methodology)) {
                fired.add(new Explanation.Fired(rule.getName(), methodology));
                return;
            }
        }
    }

    private boolean concerns(Object fact, Rule rule, boolean methodology) {
        if (fact instanceof Scope s) {
            return !methodology && s.code().equals(scope) && target.equals(String.valueOf(rule.getMetaData().get("id")).strip());
        }
        if (fact instanceof Assignment a) {
            return a.target().id().equals(target) && a.scope().code().equals(scope);
        }
        if (fact instanceof Assessment a) {
            return a.target().id().equals(target) && a.scope().code().equals(scope);
        }
        return false;
    }

    /** The rules that fired on the target and scope, in order. */
    public List<Explanation.Fired> fired() {
        return List.copyOf(fired);
    }
}
