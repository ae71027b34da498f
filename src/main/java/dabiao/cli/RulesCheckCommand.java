package dabiao.cli;

import dabiao.diagnostics.Locations;
import dabiao.engine.Coverage;
import dabiao.engine.RuleBase;
import dabiao.diagnostics.InputException;
import dabiao.diagnostics.Messages;
import dabiao.diagnostics.Problem;
import dabiao.model.Catalog;
import picocli.CommandLine.Command;

import java.util.List;

/**
 * {@code dabiao rules check}: compiles the rules and checks every target's metadata, listing every
 * problem. The checks are {@link RuleBase#load}'s own, the ones {@code evaluate} runs.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Compile the rules and check every target (metadata, indicator in the catalog, unique id): "
                + "each problem as file:line, then a count. Rules are code: take them only from a trusted source.")
final class RulesCheckCommand extends BaseCommand {

    @Override
    public Integer call() {
        Catalog catalog = loadCatalog();
        List<Problem> problems;
        int targets = 0;
        try {
            RuleBase ruleBase = RuleBase.load(rules, catalog);
            targets = ruleBase.targets().size();
            // Fired on every scope of the divisions: a rule that reaches one scope twice is refused here too.
            Coverage.of(ruleBase, divisions().all());
            problems = List.of();
        } catch (InputException e) {
            // The problems are this command's result, not a failure to run it.
            problems = e.problems();
        }
        problems.forEach(p -> out().println(p.render(lang(), verbose())));
        out().println(problems.isEmpty()
                ? Messages.get(lang(), "rules.check-ok", Locations.display(rules), targets)
                : Messages.get(lang(), "rules.check-failed", problems.size()));
        out().flush();
        return ExitCodes.of(problems, false);
    }
}
