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
import dabiao.model.Observation;
import dabiao.model.Point;
import dabiao.model.Snapshot;
import dabiao.model.SourceRef;
import dabiao.table.LongTableFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
     * Reads every snapshot of the folders and every figure of the long-format {@code tables} (files, or
     * folders of them: {@link LongTableFiles}) against a catalog already read, all checked together as if
     * each region and period of a table were a file. Problems name the table's rows; once the figures are
     * valid, a figure whose row names where it was typed has that place as its source, as if read there.
     */
    public static Loaded load(Catalog catalog, List<Path> folders, List<Path> tables, Divisions divisions) {
        Inputs.Found found = Inputs.snapshotFiles(folders);
        List<ParsedFile> parsed = LongTableFiles.tables(tables).stream().map(LongTableFiles::read).toList();
        Validation checked = Validation.of(found.files(), parsed, new SnapshotValidator(catalog, divisions));
        List<Problem> errors = located(checked.problems(Severity.ERROR), parsed);
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        List<Problem> warnings = new ArrayList<>(found.skipped());
        warnings.addAll(located(checked.problems(Severity.WARNING), parsed));
        List<Snapshot> snapshots = withSources(checked.snapshots(), parsed);
        DataSet data = DataSet.of(snapshots, catalog, divisions);
        warnings.addAll(data.warnings());
        return new Loaded(catalog, data, snapshots, warnings);
    }

    /**
     * {@code problems} of the snapshots of {@code parsed} tables named by the file and row each was read
     * from (a table read from several files numbers its rows on across them); other problems as they are.
     */
    public static List<Problem> located(List<Problem> problems, List<ParsedFile> parsed) {
        return parsed.isEmpty() ? problems : problems.stream().map(p -> {
            Problem located = p;
            for (ParsedFile f : parsed) {
                located = f.locate(located);
            }
            return located;
        }).toList();
    }

    /**
     * The valid {@code snapshots}, with each figure of a {@code parsed} table given, as its source, where its
     * row says it was typed, or else the file and row it was read from: what a verdict shows as evidence.
     */
    public static List<Snapshot> withSources(List<Snapshot> snapshots, List<ParsedFile> parsed) {
        if (parsed.isEmpty()) {
            return snapshots;
        }
        Map<String, ParsedFile> byFile = new HashMap<>();
        parsed.forEach(p -> byFile.put(p.file(), p));
        return snapshots.stream().map(s -> {
            ParsedFile table = byFile.get(s.file());
            return table == null ? s : new Snapshot(s.file(), s.region(), s.districts(), s.units(), s.period(), s.source(),
                    s.observations().stream().map(o -> {
                        SourceRef read = o.point().source();
                        SourceRef typed = table.sources().getOrDefault(read, table.locate(read));
                        return typed.equals(read) ? o : new Observation(o.scope(), o.indicator(),
                                new Point(o.point().period(), o.point().value(), typed));
                    }).toList());
        }).toList();
    }

}
