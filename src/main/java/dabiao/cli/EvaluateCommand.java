package dabiao.cli;

import dabiao.engine.Evaluator;
import dabiao.engine.RuleBase;
import dabiao.input.Inputs;
import dabiao.model.Period;
import dabiao.model.Report;
import dabiao.output.AtomicFile;
import dabiao.output.Format;
import dabiao.output.ReportWriter;
import dabiao.output.WriterOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code dabiao evaluate}: every target on every scope, as of a period. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate the snapshots against the targets and print a verdict per target and scope.")
final class EvaluateCommand extends BaseCommand {

    @Option(names = "--as-of", paramLabel = "PERIOD", converter = PeriodConverter.class,
            description = "Evaluate as if later snapshots did not exist (2025-Q2 or 2025). Default: the latest period found.")
    Period asOf;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "table, json, csv, markdown, junit, github, sarif or html; repeatable, paired in order with --output. Default: table.")
    List<Format> formats;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the matching --format to FILE (whole or not at all) instead of stdout.")
    List<Path> outputs;

    @Option(names = "--fail-on", paramLabel = "STATUS", converter = FailOnConverter.class, defaultValue = "missed",
            description = "Exit 1 when a verdict is this bad or worse (met < on-track < at-risk < off-track < missed), or never. Default: ${DEFAULT-VALUE}.")
    FailOn failOn;

    @Option(names = "--bom", description = "Start csv output with a UTF-8 byte order mark, so that Excel opens the Chinese text correctly.")
    boolean bom;

    @Option(names = "--timings", hidden = true, description = "Print phase times on stderr (for the benchmark).")
    boolean timings;

    @Override
    public Integer call() throws IOException {
        List<Format> fs = formats == null ? List.of(Format.TABLE) : formats;
        List<Path> os = outputs == null ? List.of() : outputs;
        if (os.size() > fs.size()) {
            throw new ExitException(ExitCodes.INVALID, "--output " + os.get(fs.size()) + " has no --format to pair with");
        }
        Timings timings = new Timings(err(), this.timings);
        Workspace in = loadWorkspace(timings);
        timings.phase("load");
        Period period = asOf != null ? asOf : latestPeriod(in);
        Report report = new Evaluator(in.rules(), in.catalog()).report(in.inputs().data(), period);
        timings.phase("evaluate");
        WriterOptions options = new WriterOptions(lang(), failOn.threshold(), bom);
        for (int i = 0; i < fs.size(); i++) {
            ReportWriter writer = fs.get(i).writer(options);
            if (i < os.size()) {
                AtomicFile.write(os.get(i), w -> writer.write(report, w));
            } else {
                writer.write(report, out());
                out().flush();
            }
        }
        timings.phase("write");
        timings.finish(report.verdicts().size());
        return ExitCodes.of(report, failOn.threshold());
    }
}
