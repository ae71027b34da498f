package dabiao.spark;

import dabiao.data.Divisions;
import dabiao.table.LongTable;
import dabiao.validation.Loader;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A data set the Spark job is checked on: YAML snapshots with their rules, catalog and divisions, the
 * period to evaluate as of, and the long-format table of the same figures, written by the CLI's own
 * writer. One more data set is one more constant.
 *
 * @param divisions a divisions file, or null for the bundled list
 */
record DataCase(String name, Path rules, Path indicators, Path divisions, String asOf) {

    /** The repository's root: the parent of this build's folder, unless the build says otherwise. */
    static final Path ROOT = Path.of(System.getProperty("dabiao.root", "..")).toAbsolutePath().normalize();

    /** The bundled rules and snapshots, as a user gets them (Shanghai and Yangzhou, 2020-Q4 to 2026-Q3). */
    static final DataCase BUNDLED = new DataCase("bundled", ROOT.resolve("rules"), ROOT.resolve("indicators"), null, "2026-Q3");

    static List<DataCase> all() {
        return List.of(BUNDLED);
    }

    /** The snapshots' figures as one long-format table, as {@code dabiao export} writes it. */
    Path writeTable(Path file) throws IOException {
        Divisions d = divisions == null ? Divisions.bundled() : Divisions.read(divisions);
        Loader.Loaded in = Loader.load(List.of(indicators), d);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            LongTable.write(in.snapshots(), in.catalog(), out);
        }
        return file;
    }

    /** A folder holding only the catalog: what the CLI's --indicators lends a --table run. */
    Path catalogOnly(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.copy(indicators.resolve("catalog.yaml"), folder.resolve("catalog.yaml"));
        return folder;
    }

    /** The options both the CLI and the Spark job take for this data set, after the data's own. */
    List<String> options(String... more) {
        List<String> o = new java.util.ArrayList<>(List.of("--rules", rules.toString(), "--as-of", asOf, "--lang", "en"));
        if (divisions != null) {
            o.addAll(List.of("--divisions", divisions.toString()));
        }
        o.addAll(List.of(more));
        return o;
    }

    @Override
    public String toString() {
        return name;
    }
}
