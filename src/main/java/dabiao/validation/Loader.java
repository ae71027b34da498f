package dabiao.validation;

import dabiao.data.DataSet;
import dabiao.data.Divisions;
import dabiao.diagnostics.InputException;
import dabiao.diagnostics.Locations;
import dabiao.diagnostics.Problem;
import dabiao.diagnostics.Severity;
import dabiao.input.CatalogReader;
import dabiao.input.Inputs;
import dabiao.input.ParsedFile;
import dabiao.model.Catalog;
import dabiao.model.Snapshot;
import dabiao.table.LongTableReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads everything in the indicator folders through validation: the catalog and every snapshot, and the
 * figures of any long-format tables. Nothing is evaluated unless every file is valid.
 */
public final class Loader {

    private Loader() {
    }

    /**
     * What was read: the catalog, the data, the snapshots it came from (for a report's provenance), and the
     * warnings that did not stop it (notes are left out).
     */
    public record Loaded(Catalog catalog, DataSet data, List<Snapshot> snapshots, List<Problem> warnings) {
    }

    /** @throws InputException listing every error of every file */
    public static Loaded load(List<Path> folders, Divisions divisions) {
        Path catalog = Inputs.catalogIn(folders);
        return load(CatalogReader.read(catalog, Locations.display(catalog)), folders, divisions);
    }

    /** Reads every snapshot against a catalog already read. */
    public static Loaded load(Catalog catalog, List<Path> folders, Divisions divisions) {
        return load(catalog, folders, List.of(), divisions);
    }

    /**
     * Reads every snapshot of the folders and every figure of the long-format {@code tables} against a
     * catalog already read, all checked together as if each region and period of a table were a file.
     */
    public static Loaded load(Catalog catalog, List<Path> folders, List<Path> tables, Divisions divisions) {
        Inputs.Found found = Inputs.snapshotFiles(folders);
        List<ParsedFile> parsed = tables.stream().map(t -> LongTableReader.read(t, Locations.display(t))).toList();
        Validation checked = Validation.of(found.files(), parsed, new SnapshotValidator(catalog, divisions));
        List<Problem> errors = checked.problems(Severity.ERROR);
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        List<Problem> warnings = new ArrayList<>(found.skipped());
        warnings.addAll(checked.problems(Severity.WARNING));
        return new Loaded(catalog, DataSet.of(checked.snapshots(), catalog, divisions), checked.snapshots(), warnings);
    }

}
