package dabiao.input;

import dabiao.model.Catalog;
import dabiao.model.SourceRef;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds and reads everything in the indicator folders: the catalog ({@code catalog.yaml} in the first
 * folder that has one) and every snapshot ({@code *.yaml} below the folders). Nothing is evaluated
 * unless every file is valid.
 */
public final class Inputs {

    public static final String CATALOG = "catalog.yaml";

    private Inputs() {
    }

    /** What was read: the catalog, the data, and the warnings that did not stop it (notes are left out). */
    public record Loaded(Catalog catalog, DataSet data, List<Problem> warnings) {
    }

    /** @throws InputException listing every error of every file */
    public static Loaded load(List<Path> folders, Divisions divisions) {
        Path catalog = catalogIn(folders);
        return load(CatalogReader.read(catalog, display(catalog)), folders, divisions);
    }

    /** Reads every snapshot against a catalog already read. */
    public static Loaded load(Catalog catalog, List<Path> folders, Divisions divisions) {
        Validation checked = Validation.of(snapshotFiles(folders), new SnapshotValidator(catalog, divisions));
        List<Problem> errors = checked.problems(Severity.ERROR);
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        return new Loaded(catalog, DataSet.of(checked.snapshots(), catalog, divisions), checked.problems(Severity.WARNING));
    }

    /** The catalog of the first folder that has one. */
    public static Path catalogIn(List<Path> folders) {
        for (Path f : folders) {
            if (!Files.isDirectory(f)) {
                throw new InputException(Problem.error(SourceRef.of(display(f)), "input.not-a-folder"));
            }
            if (Files.isRegularFile(f.resolve(CATALOG))) {
                return f.resolve(CATALOG);
            }
        }
        throw new InputException(Problem.error(SourceRef.of(display(folders.get(0))), "input.no-catalog", CATALOG));
    }

    /** Every snapshot file below the folders, sorted, the catalog excluded. */
    public static List<Path> snapshotFiles(List<Path> folders) {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                        .filter(p -> !p.getFileName().toString().equals(CATALOG))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new InputException(Problem.error(SourceRef.of(display(folder)), "file.unreadable", e.getMessage()));
            }
        }
        return files;
    }

    /** A path as messages show it: relative to the working directory when below it. */
    public static String display(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : path.toString();
    }
}
