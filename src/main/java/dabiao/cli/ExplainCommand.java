package dabiao.cli;

import dabiao.engine.Evaluator;
import dabiao.engine.FiredRules;
import dabiao.diagnostics.Messages;
import dabiao.diagnostics.Suggestions;
import dabiao.model.Explanation;
import dabiao.model.Period;
import dabiao.model.Verdict;
import dabiao.output.ExplanationFormat;
import dabiao.output.ExplanationWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** {@code dabiao explain}: how one verdict came about, figure by figure and rule by rule. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain one verdict: the figures used (with file:line), baseline, path, pace ratio, projection, the rules that fired, the status and why.")
final class ExplainCommand extends BaseCommand {

    @Option(names = "--target", paramLabel = "ID", required = true, description = "The target's id, e.g. sh23-15-childcare-per-1000.")
    String target;

    @Option(names = "--scope", paramLabel = "CODE", required = true, description = "The region's or district's code, e.g. 310104.")
    String scope;

    @Option(names = "--as-of", paramLabel = "PERIOD", converter = PeriodConverter.class,
            description = "Evaluate as if later snapshots did not exist. Default: the latest period found.")
    Period asOf;

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table", converter = FormatConverter.Explanation.class, description = "table or json. Default: ${DEFAULT-VALUE}.")
    ExplanationFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (whole or not at all) instead of stdout; - is stdout.")
    Path output;

    @Override
    public Integer call() throws IOException {
        checkReportOutputs(java.util.Collections.singletonList(output));
        Workspace in = loadWorkspace();
        Evaluator evaluator = new Evaluator(in.rules(), in.catalog());
        Period period = asOf != null ? asOf : latestPeriod(in);
        FiredRules fired = new FiredRules(target, scope);
        List<Verdict> verdicts = evaluator.evaluate(in.inputs().data(), period, fired);
        warnCoverage(in, period, verdicts);
        List<Verdict> found = verdicts.stream()
                .filter(v -> v.target().id().equals(target) && v.scope().code().equals(scope))
                .toList();
        if (found.isEmpty()) {
            throw new ExitException(ExitCodes.INVALID,
                    Messages.get(lang(), "explain.no-verdict", target, scope, period, why(verdicts, in)));
        }
        Verdict verdict = found.get(found.size() - 1);
        Explanation explanation = new Explanation(verdict, verdict.year() == null ? List.of() : found,
                fired.fired(), in.catalog());
        ExplanationWriter writer = format.writer(lang());
        write(output, w -> writer.write(explanation, w));
        return ExitCodes.OK;
    }

    private String why(List<Verdict> verdicts, Workspace in) {
        List<String> ids = in.rules().targets().stream().map(t -> t.id()).toList();
        var declared = in.rules().targets().stream().filter(t -> t.id().equals(target)).findFirst();
        if (declared.isPresent() && verdicts.stream().noneMatch(v -> v.target().id().equals(target))) {
            return Messages.get(lang(), "explain.not-in-force", dabiao.engine.Wording.startsFrom(declared.get(), lang()));
        }
        if (!ids.contains(target)) {
            List<String> close = Suggestions.closest(target, ids);
            return Messages.get(lang(), "explain.unknown-target", close.isEmpty() ? "-" : String.join(", ", close));
        }
        return Messages.get(lang(), "explain.unknown-scope", verdicts.stream().filter(v -> v.target().id().equals(target))
                .map(v -> v.scope().code()).collect(Collectors.joining(", ")));
    }
}
