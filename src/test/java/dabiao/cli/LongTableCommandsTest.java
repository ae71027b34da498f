package dabiao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dabiao.Fixture;
import dabiao.SnapshotYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void exportThenEvaluateTable_givesTheVerdictsOfTheBundledSnapshots() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        Path table = dir.resolve("figures.csv");
        Cli.Run export = Cli.run(root, "export", "--output", table.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).isEmpty();

        Cli.Run yaml = Cli.run(root, "evaluate", "--format", "json", "--lang", "en", "--fail-on", "never");
        // Only --table: the snapshots of the default folder are not read, its catalog is.
        Cli.Run fromTable = Cli.run(root, "evaluate", "--table", table.toString(), "--format", "json", "--lang", "en",
                "--fail-on", "never");
        assertThat(fromTable.exitCode()).as(fromTable.err()).isZero();
        assertThat(fromTable.err()).isEqualTo(yaml.err());

        JsonNode expected = withoutSources(yaml.out());
        JsonNode actual = withoutSources(fromTable.out());
        assertThat(actual.get("verdicts").size()).isEqualTo(expected.get("verdicts").size()).isGreaterThan(200);
        assertThat(statusesAndReasons(actual)).isEqualTo(statusesAndReasons(expected));
        assertThat(actual).isEqualTo(expected);
        assertThat(fromTable.out()).contains("\"file\": \"" + table + "\"").doesNotContain(".yaml\"");
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
    void export_refusesToReplaceAnInput_andWritesCsvOnly() throws IOException {
        Fixture.in(dir);
        Path divisions = Files.copy(Path.of("src/main/resources/dabiao/divisions.csv"), dir.resolve("d.csv"));
        String before = Files.readString(divisions);
        Cli.Run r = Cli.run(dir, "export", "--indicators", "indicators", "--divisions", divisions.toString(),
                "--output", "d.csv", "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("dabiao: will not write " + divisions + ": it is " + divisions
                + ", which this command reads; choose another file\n");
        assertThat(Files.readString(divisions)).isEqualTo(before);

        Cli.Run parquet = Cli.run(dir, "export", "--indicators", "indicators", "--output", "t.parquet", "--lang", "en");
        assertThat(parquet.exitCode()).isEqualTo(2);
        assertThat(parquet.err()).isEqualTo("dabiao: cannot write " + dir.resolve("t.parquet")
                + ": only CSV (.csv) is available in the CLI for now; Parquet comes later (issue 12)\n");
        assertThat(dir.resolve("t.parquet")).doesNotExist();
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
