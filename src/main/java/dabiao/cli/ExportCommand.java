package dabiao.cli;

import dabiao.diagnostics.Messages;
import dabiao.input.Inputs;
import dabiao.table.LongTable;
import dabiao.validation.Loader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** {@code dabiao export}: the figures of the snapshot folders as one long-format table, after validation. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write every figure of the snapshots as one long-format table (one row per figure), "
                + "after the checks evaluate makes. The format follows the file's extension: .csv.")
final class ExportCommand extends BaseCommand {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.csv", required = true,
            description = "The table to write (whole or not at all); only .csv for now.")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (!output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new ExitException(ExitCodes.INVALID, Messages.get(lang(), "export.format", output));
        }
        checkOutput(output, Inputs.snapshotFiles(indicatorFolders()).files(), true);
        Loader.Loaded in = Loader.load(loadCatalog(), indicatorFolders(), divisions());
        warn(in.warnings());
        write(output, w -> LongTable.write(in.snapshots(), in.catalog(), w));
        return ExitCodes.OK;
    }
}
