package dabiao.cli;

import dabiao.data.Divisions;
import dabiao.input.Inputs;
import dabiao.diagnostics.Messages;
import dabiao.validation.SnapshotValidator;
import dabiao.validation.Validation;
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

    @Option(names = "--force", description = "Replace FILE when it exists already.")
    boolean force;

    /** The snapshots of the indicator folders, read once for {@link #previous} and {@link #inputs}. */
    Validation read(List<Path> folders, Catalog catalog, Divisions divisions) {
        return Validation.of(Inputs.snapshotFiles(folders).files(), new SnapshotValidator(catalog, divisions));
    }

    /** The region's nearest earlier valid snapshot before --period, or null. */
    Snapshot previous(Validation snapshots) {
        return snapshots.previous(region, period).orElse(null);
    }

    /**
     * The snapshot files this command must not replace: every valid snapshot of another region or period.
     * The one of this region and period is what the command writes anew (with --force).
     */
    List<Path> inputs(Validation snapshots) {
        return snapshots.snapshots().stream()
                .filter(s -> !(s.region().code().equals(region) && s.period().equals(period)))
                .map(s -> Path.of(s.file()))
                .toList();
    }
}
