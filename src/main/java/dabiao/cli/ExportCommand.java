package dabiao.cli;

import dabiao.diagnostics.Messages;
import dabiao.input.Inputs;
import dabiao.output.AtomicFile;
import dabiao.table.LongTableFormat;
import dabiao.validation.Loader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/** {@code dabiao export}: the figures of the snapshot folders as one long-format table, after validation. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write every figure of the snapshots as one long-format table (one row per figure), "
                + "after the checks evaluate makes. The format follows the file's extension: .csv or .parquet.")
final class ExportCommand extends BaseCommand {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.csv|FILE.parquet", required = true,
            description = "The table to write (whole or not at all): .csv or .parquet.")
    Path output;

    @Override
    public Integer call() throws IOException {
        LongTableFormat format = LongTableFormat.of(output).orElseThrow(() ->
                new ExitException(ExitCodes.INVALID, Messages.get(lang(), "export.format", output)));
        checkOutput(output, Inputs.snapshotFiles(indicatorFolders()).files(), true);
        Loader.Loaded in = Loader.load(loadCatalog(), indicatorFolders(), divisions());
        warn(in.warnings());
        AtomicFile.writeBytes(output, out -> format.write(in.snapshots(), in.catalog(), out));
        return ExitCodes.OK;
    }
}
