package dabiao.cli;

import dabiao.input.Divisions;
import dabiao.input.Inputs;
import dabiao.input.Messages;
import dabiao.input.SnapshotValidator;
import dabiao.input.Validation;
import dabiao.model.Catalog;
import dabiao.model.Lang;
import dabiao.model.Period;
import dabiao.model.Scope;
import dabiao.model.Snapshot;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** The options of a command that writes one region's snapshot for a period: template and import. */
final class SnapshotOptions {

    @Option(names = "--region", required = true, paramLabel = "CODE", description = "The region, e.g. 310000 (上海市) or 321000 (扬州市).")
    String region;

    @Option(names = "--period", required = true, paramLabel = "PERIOD", converter = PeriodConverter.class,
            description = "The period the snapshot is for, e.g. 2026-Q4.")
    Period period;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (whole or not at all) instead of stdout; - is stdout.")
    Path output;

    /** The file to write, or null for stdout. */
    Path file() {
        return BaseCommand.fileOrStdout(output);
    }

    /** The region named by --region; exit 2 when the reference divisions do not have it. */
    Scope region(Divisions divisions, Lang lang) {
        return divisions.region(region).orElseThrow(() ->
                new ExitException(ExitCodes.INVALID, Messages.get(lang, "snapshot.region-unknown", region)));
    }

    /** The region's nearest earlier valid snapshot before --period in the indicator folders, or null. */
    Snapshot previous(List<Path> folders, Catalog catalog, Divisions divisions) {
        return Validation.of(Inputs.snapshotFiles(folders), new SnapshotValidator(catalog, divisions))
                .previous(region, period).orElse(null);
    }
}
