package dabiao.spark;

import dabiao.bench.NationalData;
import dabiao.data.Divisions;
import dabiao.table.LongTableFormat;
import dabiao.validation.Loader;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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

    /**
     * A generated data set with units below the districts: 2 regions, 6 districts, 30 streets and 300
     * communities, 4 quarters, the bundled rules widened to every region — level, cumulative, increase and
     * yearly-quota targets, a share of districts, and the example street target on a share of communities.
     */
    static DataCase units() {
        return Units.CASE;
    }

    /** Generated once per test JVM, afresh, so that it always follows the current rules and catalog. */
    private static final class Units {
        static final DataCase CASE = generate();

        private static DataCase generate() {
            try {
                Path root = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "units-case");
                new NationalData(2, 6, 30, 300, 4, 12).write(root, ROOT.resolve("indicators/catalog.yaml"), ROOT.resolve("rules"));
                return new DataCase("units", root.resolve("rules"), root.resolve("indicators"), root.resolve("divisions.csv"),
                        "2026-Q3");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static List<DataCase> all() {
        return List.of(BUNDLED, units());
    }

    /** The snapshots' figures as one long-format table, as {@code dabiao export} writes it. */
    Path writeTable(Path file) throws IOException {
        Divisions d = divisions == null ? Divisions.bundled() : Divisions.read(divisions);
        Loader.Loaded in = Loader.load(List.of(indicators), d);
        try (OutputStream out = Files.newOutputStream(file)) {
            LongTableFormat.CSV.write(in.snapshots(), in.catalog(), out);
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
