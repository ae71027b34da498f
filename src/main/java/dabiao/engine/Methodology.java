package dabiao.engine;

import dabiao.diagnostics.Problem;
import dabiao.model.Assessment;
import dabiao.model.Assignment;
import dabiao.model.Scope;
import dabiao.model.SourceRef;
import dabiao.model.Status;
import dabiao.model.Target;
import dabiao.model.Verdict;
import org.kie.api.runtime.rule.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The methodology's Java half, reached from the rules as the global {@code methodology}: the
 * arithmetic of an assessment, the wording of a verdict, and the rule faults the methodology rules
 * find. Which status an assessment earns is decided by {@code dabiao/methodology.drl}.
 */
public final class Methodology {

    private final Map<String, Target> targetsByRule;
    private final Assessor assessor;
    private final Reasons reasons;
    private final AtomicLong sequence = new AtomicLong();
    private final List<Problem> faults = new ArrayList<>();

    Methodology(Map<String, Target> targetsByRule, Assessor assessor, Reasons reasons) {
        this.targetsByRule = targetsByRule;
        this.assessor = assessor;
        this.reasons = reasons;
    }

    Target target(String rulePackage, String ruleName) {
        Target t = targetsByRule.get(RuleBase.key(rulePackage, ruleName));
        if (t == null) {
            throw new IllegalStateException("no target declared by rule " + ruleName);
        }
        return t;
    }

    Assignment assignment(String rulePackage, String ruleName, Scope scope) {
        return new Assignment(target(rulePackage, ruleName), scope, sequence.incrementAndGet());
    }

    /** Inserts the evidence for an assignment: one assessment per stretch judged, none before the target is in force. */
    public void assess(RuleContext context, Assignment assignment) {
        for (Assessment a : assessor.assess(assignment.target(), assignment.scope())) {
            context.getKieRuntime().insert(a);
        }
    }

    /**
     * The verdict a methodology rule reached.
     *
     * @param why  which reason to give, e.g. {@code behind-pace} (two rules may reach one status)
     * @param rule the name of the rule that reached it
     */
    public Verdict verdict(Assessment assessment, Status status, String why, String rule) {
        return new Verdict(assessment, status, rule, reasons.of(assessment, why));
    }

    /**
     * Records a target rule that broke the one-verdict contract, e.g. {@code rules.twice}; located at the
     * rule, once per rule and fault, naming the first scope it was found on.
     */
    public void fault(Assignment assignment, String key) {
        Target t = assignment.target();
        SourceRef at = t.source() == null ? SourceRef.of(t.rule()) : t.source();
        Scope scope = assignment.scope();
        String named = t.named() == null ? "" : t.named().word();
        Problem p = Problem.error(at, key, t.rule(), t.id(), scope.code(), scope.name(), named, scope.level(),
                t.named() == null ? "" : t.named().name());
        synchronized (faults) {
            if (faults.stream().noneMatch(f -> f.where().equals(at) && f.key().equals(key))) {
                faults.add(p);
            }
        }
    }

    /** The rule faults found so far, in the order found. */
    List<Problem> faults() {
        synchronized (faults) {
            return List.copyOf(faults);
        }
    }

}
