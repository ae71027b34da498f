package dabiao.engine;

import dabiao.model.Assessment;
import dabiao.model.Assignment;
import dabiao.model.Status;
import dabiao.model.Target;
import dabiao.model.Verdict;

import java.util.Map;

/**
 * The methodology's Java half, reached from the rules as the global {@code methodology}: the
 * arithmetic of an assessment and the wording of a verdict. Which status an assessment earns is
 * decided by {@code dabiao/methodology.drl}.
 */
public final class Methodology {

    private final Map<String, Target> targetsByRule;
    private final Assessor assessor;
    private final Reasons reasons;

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

    /** The evidence for an assignment. */
    public Assessment assess(Assignment assignment) {
        return assessor.assess(assignment.target(), assignment.scope());
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
}
