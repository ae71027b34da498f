package dabiao.engine;

import dabiao.model.Scope;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a target rule's consequence calls: {@code applies(kcontext, $scope);}. The target itself is
 * the rule's metadata, read once when the rules are loaded.
 */
public final class TargetRules {

    /** The name of the global through which rules reach the methodology. */
    static final String GLOBAL = "methodology";

    private TargetRules() {
    }

    /** Records that the firing rule's target applies to {@code scope}. */
    public static void applies(RuleContext context, Scope scope) {
        Methodology methodology = (Methodology) context.getKieRuntime().getGlobal(GLOBAL);
        var rule = context.getRule();
        context.getKieRuntime().insert(methodology.assignment(rule.getPackageName(), rule.getName(), scope));
    }
}
