package dabiao.cli;

import dabiao.engine.Evaluator;
import dabiao.diagnostics.Messages;
import dabiao.model.Period;
import dabiao.model.Report;
import dabiao.output.AtomicFile;
import dabiao.output.Format;
import dabiao.output.ReportWriter;
import dabiao.output.SourceLinks;
import dabiao.output.WriterOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.ArgGroup;
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

    /** One output: a format, and the file it goes to (stdout without one). */
    static final class Output {
        @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.Evaluate.class, required = true,
                description = "table, json, csv, markdown, junit, github, sarif or html; repeatable. Default: table.")
        Format format;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE",
                description = "Write the --format before it to FILE (whole or not at all) instead of stdout; - is stdout.")
        Path file;
    }

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<Output> outputs;

    @Option(names = "--table", paramLabel = "FILE|DIR",
            description = "A long-format table (.csv or .parquet, as dabiao export writes it), or a folder of them (as Spark writes one), "
                    + "to evaluate beside or instead of the --indicators snapshots; repeatable.")
    List<Path> tables = new java.util.ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "STATUS", converter = FailOnConverter.class, defaultValue = "missed",
            description = "Exit 1 when a verdict is this bad or worse (met < on-track < at-risk < off-track < missed), or never. Default: ${DEFAULT-VALUE}.")
    FailOn failOn;

    @Option(names = "--bom", description = "Start csv output with a UTF-8 byte order mark, so that Excel opens the Chinese text correctly.")
    boolean bom;

    @Option(names = "--timings", hidden = true, description = "Print phase times on stderr (for the benchmark).")
    boolean timings;

    @Override
    public Integer call() throws IOException {
        List<Output> requested = outputs == null || outputs.isEmpty() ? List.of(new Output()) : outputs;
        checkReportOutputs(requested.stream().map(o -> o.file).toList(), tables);
        Timings timings = new Timings(err(), this.timings);
        Workspace in = loadWorkspace(timings, tables);
        timings.phase("load");
        Period period = asOf != null ? asOf : latestPeriod(in);
        Evaluator evaluator = new Evaluator(in.rules(), in.catalog());
        Report report = evaluator.report(in.inputs().data(), period);
        warnCoverage(in, period, report.verdicts());
        timings.phase("evaluate");
        boolean html = requested.stream().anyMatch(o -> o.format == Format.HTML);
        WriterOptions options = new WriterOptions(lang(), failOn.threshold(), bom, SourceLinks.fromEnvironment(System.getenv()),
                html ? ReportOrigin.of(spec.root().version()[0], rules, in.inputs(), evaluator, report) : null);
        // Every file is written to its temporary file first and moved into place last, so that the outputs of
        // one run appear together or not at all.
        try (AtomicFile.Batch files = new AtomicFile.Batch()) {
            for (Output o : requested) {
                ReportWriter writer = (o.format == null ? Format.TABLE : o.format).writer(options);
                Path file = fileOrStdout(o.file);
                if (file != null) {
                    files.add(file, w -> writer.write(report, w));
                } else {
                    writer.write(report, out());
                    out().flush();
                }
            }
            files.commit();
        }
        timings.phase("write");
        timings.finish(report.verdicts().size());
        int exit = ExitCodes.of(report, failOn.threshold());
        if (exit == ExitCodes.FAILING_VERDICTS) {
            // Said even with --quiet and --output: an exit 1 with nothing on the screen explains nothing.
            long failing = report.verdicts().stream().filter(v -> v.failsAt(failOn.threshold())).count();
            err().println(Messages.get(lang(), "evaluate.failing", failing, failOn.threshold().id()));
        }
        return exit;
    }
}
