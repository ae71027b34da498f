package dabiao.cli;

import dabiao.engine.Evaluator;
import dabiao.diagnostics.Messages;
import dabiao.model.Period;
import dabiao.model.Report;
import dabiao.model.ReportDiff;
import dabiao.output.DiffFormat;
import dabiao.output.DiffWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/** {@code dabiao diff}: the verdicts whose status moved between two evaluations. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Show each verdict whose status moved between two periods (newly at risk, recovered, met, missed, …) with the figures behind the move.")
final class DiffCommand extends BaseCommand {

    @Option(names = "--from", paramLabel = "PERIOD", required = true, converter = PeriodConverter.class,
            description = "The earlier evaluation's period, e.g. 2025-Q1.")
    Period from;

    @Option(names = "--to", paramLabel = "PERIOD", required = true, converter = PeriodConverter.class,
            description = "The later evaluation's period, e.g. 2025-Q2.")
    Period to;

    @Option(names = "--format", paramLabel = "table|markdown|json", defaultValue = "table", converter = FormatConverter.Diff.class,
            description = "table, markdown or json. Default: ${DEFAULT-VALUE}.")
    DiffFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (whole or not at all) instead of stdout; - is stdout.")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (from.compareTo(to) > 0) {
            throw new ExitException(ExitCodes.INVALID, Messages.get(lang(), "diff.from-after-to", from, to));
        }
        checkReportOutputs(java.util.Collections.singletonList(output));
        Workspace in = loadWorkspace();
        Evaluator evaluator = new Evaluator(in.rules(), in.catalog());
        Report later = evaluator.report(in.inputs().data(), to);
        warnCoverage(in, to, later.verdicts());
        ReportDiff diff = ReportDiff.between(evaluator.report(in.inputs().data(), from), later);
        DiffWriter writer = format.writer(lang(), in.catalog());
        write(output, w -> writer.write(diff, w));
        return ExitCodes.OK;
    }
}
