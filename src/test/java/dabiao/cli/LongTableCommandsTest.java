package dabiao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dabiao.Fixture;
import dabiao.SnapshotYaml;
import dabiao.table.ParquetFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dabiao export} and {@code dabiao evaluate --table}: the long-format table on the real command line. */
class LongTableCommandsTest {

    private static final String HEADER = "region,unit,parent,indicator,period,value,source_file,source_line\r\n";

    @TempDir
    Path dir;

    /** The JSON report without where each figure was read, which is the one thing a table changes. */
    private static JsonNode withoutSources(String json) throws IOException {
        JsonNode report = new ObjectMapper().readTree(json);
        strip(report);
        return report;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove(List.of("file", "line"));
        }
        node.forEach(LongTableCommandsTest::strip);
    }

    private static List<String> statusesAndReasons(JsonNode report) {
        List<String> rows = new ArrayList<>();
        report.get("verdicts").forEach(v -> rows.add(v.get("target").asText() + " " + v.get("scope").get("code").asText()
                + " " + v.get("status").asText() + " " + v.get("reason").get("en").asText()));
        return rows;
    }

    private static final String[] JSON = {"--format", "json", "--lang", "en", "--fail-on", "never"};

    private static String[] evaluate(String... more) {
        List<String> args = new ArrayList<>(List.of("evaluate"));
        args.addAll(List.of(more));
        args.addAll(List.of(JSON));
        return args.toArray(String[]::new);
    }

    /**
     * The same report, evidence included: each figure's file and line are the snapshot's, which the table's
     * source_file and source_line carry through.
     */
    @ParameterizedTest
    @ValueSource(strings = {"figures.csv", "figures.parquet"})
    void exportThenEvaluateTable_givesTheJsonOfTheBundledSnapshots(String name) throws IOException {
        Path root = Path.of("").toAbsolutePath();
        Path table = dir.resolve(name);
        Cli.Run export = Cli.run(root, "export", "--output", table.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).isEmpty();

        Cli.Run yaml = Cli.run(root, evaluate());
        // Only --table: the snapshots of the default folder are not read, its catalog is.
        Cli.Run fromTable = Cli.run(root, evaluate("--table", table.toString()));
        assertThat(fromTable.exitCode()).as(fromTable.err()).isZero();
        assertThat(fromTable.err()).isEqualTo(yaml.err());

        JsonNode expected = new ObjectMapper().readTree(yaml.out());
        JsonNode actual = new ObjectMapper().readTree(fromTable.out());
        assertThat(actual.get("verdicts").size()).isEqualTo(expected.get("verdicts").size()).isGreaterThan(200);
        assertThat(statusesAndReasons(actual)).isEqualTo(statusesAndReasons(expected));
        assertThat(fromTable.out()).isEqualTo(yaml.out()).contains("\"file\": \"indicators/shanghai/");
    }

    /** What Spark writes for a table: part files in name order, _SUCCESS and checksums beside them, CSV and Parquet alike. */
    @Test
    void aFolderOfPartFiles_isReadAsOneTable() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        Path whole = dir.resolve("whole.csv");
        assertThat(Cli.run(root, "export", "--output", whole.toString()).exitCode()).isZero();
        List<String> lines = Files.readAllLines(whole);
        int half = lines.size() / 2;
        Path folder = Files.createDirectories(dir.resolve("figures"));
        Files.write(folder.resolve("part-00000.csv"), lines.subList(0, half));
        List<String> rest = new ArrayList<>(List.of(lines.get(0)));
        rest.addAll(lines.subList(half, lines.size()));
        Path restCsv = Files.write(dir.resolve("rest.csv"), rest);
        ParquetFiles.fromCsv(restCsv, folder.resolve("part-00001.parquet"));
        Files.writeString(folder.resolve("_SUCCESS"), "");
        Files.writeString(folder.resolve(".part-00001.parquet.crc"), "crc");
        Files.writeString(folder.resolve("part-00000.csv.crc"), "crc");

        Cli.Run yaml = Cli.run(root, evaluate());
        Cli.Run fromFolder = Cli.run(root, evaluate("--table", folder.toString()));
        assertThat(fromFolder.exitCode()).as(fromFolder.err()).isZero();
        assertThat(fromFolder.out()).isEqualTo(yaml.out());
    }

    @Test
    void aFolderWithoutTables_anotherExtension_andASubfolder_areRefused() throws IOException {
        Fixture.in(dir);
        Files.createDirectories(dir.resolve("empty"));
        Files.writeString(dir.resolve("empty/_SUCCESS"), "");
        Files.writeString(dir.resolve("t.xlsx"), "");
        Files.createDirectories(dir.resolve("parts/region=310000"));
        Files.writeString(dir.resolve("parts/notes.txt"), "");
        Cli.Run r = Cli.run(dir, "evaluate", "--rules", "rules", "--indicators", "indicators", "--lang", "en",
                "--table", "empty", "--table", "t.xlsx", "--table", "parts");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(dir.resolve("empty") + ": the folder holds no .csv or .parquet file; a --table folder holds "
                + "the files of a long-format table\n"
                + dir.resolve("t.xlsx") + ": not a long-format table: --table reads .csv and .parquet files, or a folder of them\n"
                + dir.resolve("parts/notes.txt") + ": a table's folder holds only .csv and .parquet files, and the _SUCCESS, .crc "
                + "and hidden files Spark writes beside them; move this file elsewhere\n"
                + dir.resolve("parts/region=310000") + ": a folder inside a table's folder is not read; write the table as files "
                + "in one folder (in Spark, without partitionBy)\n"
                + "4 error(s); nothing was evaluated\n");
    }

    @Test
    void aBadRow_isNamedByFileAndRow_andNothingIsEvaluated() throws IOException {
        Fixture.in(dir);
        Files.writeString(dir.resolve("t.csv"), HEADER
                + "310000,310101,310000,childcare_places,2023-Q2,3800,,\r\n"
                + "310000,310101,310000,resident_population,2023-Q2,两千,,\r\n"
                + "310000,310101,310000,childcare_places\r\n");
        Cli.Run r = Cli.run(dir, "evaluate", "--rules", "rules", "--indicators", "indicators", "--table", "t.csv");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(dir.resolve("t.csv") + ":3:6: resident_population：\"两千\" 不是数字",
                dir.resolve("t.csv") + ":4:1: 这一行有 4 个字段，表头有 8 个").doesNotContain("Exception");
    }

    @Test
    void aTableBesideTheIndicators_isReadWithThem_andComparedWithTheirReports() throws IOException {
        Fixture fixture = Fixture.in(dir);
        fixture.snapshot("shanghai/2020-Q4.yaml", new SnapshotYaml("2020-Q4")
                .district("310101", "resident_population", 1000000, "childcare_places", 3000).text());
        Path q2 = fixture.write("later/shanghai/2023-Q2.yaml", new SnapshotYaml("2023-Q2")
                .district("310101", "resident_population", 1000000, "childcare_places", 1400).text());
        Cli.Run both = Cli.run(dir, "evaluate", "--rules", "rules", "--indicators", "indicators", "--indicators", "later",
                "--format", "json", "--lang", "en", "--fail-on", "never");

        Files.delete(q2);
        Files.writeString(dir.resolve("t.csv"), HEADER
                + "310000,310101,310000,resident_population,2023-Q2,1000000,,\r\n"
                + "310000,310101,310000,childcare_places,2023-Q2,1400,,\r\n");
        Cli.Run withTable = Cli.run(dir, "evaluate", "--rules", "rules", "--indicators", "indicators", "--table", "t.csv",
                "--format", "json", "--lang", "en", "--fail-on", "never");

        assertThat(withTable.exitCode()).as(withTable.err()).isZero();
        assertThat(withoutSources(withTable.out())).isEqualTo(withoutSources(both.out()));
        assertThat(withTable.err()).contains(dir.resolve("t.csv") + ":3:6: warning: childcare_places fell by more than "
                + "half since 2020-Q4, from 3000 to 1400");
    }

    @Test
    void export_refusesToReplaceAnInput_andAnotherFormat() throws IOException {
        Fixture.in(dir);
        Path divisions = Files.copy(Path.of("src/main/resources/dabiao/divisions.csv"), dir.resolve("d.csv"));
        String before = Files.readString(divisions);
        Cli.Run r = Cli.run(dir, "export", "--indicators", "indicators", "--divisions", divisions.toString(),
                "--output", "d.csv", "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("dabiao: will not write " + divisions + ": it is " + divisions
                + ", which this command reads; choose another file\n");
        assertThat(Files.readString(divisions)).isEqualTo(before);

        Cli.Run xlsx = Cli.run(dir, "export", "--indicators", "indicators", "--output", "t.xlsx", "--lang", "en");
        assertThat(xlsx.exitCode()).isEqualTo(2);
        assertThat(xlsx.err()).isEqualTo("dabiao: cannot write " + dir.resolve("t.xlsx")
                + ": a long-format table is written as CSV (.csv) or Parquet (.parquet); use one of those extensions\n");
        assertThat(dir.resolve("t.xlsx")).doesNotExist();

        // A Parquet file is refused over an input as a CSV file is: here through a link to the catalog.
        Path catalog = dir.resolve("indicators/catalog.yaml");
        String text = Files.readString(catalog);
        Path link = Files.createSymbolicLink(dir.resolve("t.parquet"), catalog);
        Cli.Run over = Cli.run(dir, "export", "--indicators", "indicators", "--output", link.toString(), "--lang", "en");
        assertThat(over.exitCode()).isEqualTo(2);
        assertThat(over.err()).startsWith("dabiao: will not write " + link);
        assertThat(Files.readString(catalog)).isEqualTo(text);
    }

    @Test
    void evaluate_refusesToWriteOverItsTable() throws IOException {
        Fixture.in(dir);
        Files.writeString(dir.resolve("t.csv"), HEADER);
        Cli.Run r = Cli.run(dir, "evaluate", "--rules", "rules", "--indicators", "indicators", "--table", "t.csv",
                "--format", "csv", "--output", "t.csv", "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("will not write " + dir.resolve("t.csv"));
        assertThat(Files.readString(dir.resolve("t.csv"))).isEqualTo(HEADER);
    }

    @Test
    void aMistypedTablePath_isNamedAsMissing() {
        Cli.Run r = Cli.run(Path.of("").toAbsolutePath(), "evaluate", "--table", "no-such-table.csv");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("no-such-table.csv: 没有这个文件；请检查路径\n");
    }
}
