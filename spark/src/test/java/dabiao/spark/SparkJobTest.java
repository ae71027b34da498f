package dabiao.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dabiao.cli.Main;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spark job in local mode against the CLI on the same data: the same verdicts, field for field, and
 * the same counts; a bad row named as the CLI names it; outputs written whole or not at all.
 */
class SparkJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        // One session for every run of the job: the job uses the session it finds and leaves it running.
        spark = SparkSession.builder().master("local[2]").appName("dabiao-spark-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                // Local mode talks to itself only: on the loopback address, never the machine's network.
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    record Run(int exitCode, String out, String err) {
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static Run job(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SparkMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    static List<String> args(String... first) {
        return new ArrayList<>(List.of(first));
    }

    static Stream<DataCase> cases() {
        return DataCase.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theJob_givesTheVerdictsOfTheCli_fieldForField(DataCase data) throws IOException {
        Path csv = data.writeTable(dir.resolve("figures.csv"));
        Path parquet = toParquet(csv, dir.resolve("figures.parquet"));
        Path catalog = data.catalogOnly(dir.resolve("catalog-only"));

        Run yaml = cli(withOptions(data, args("evaluate", "--indicators", data.indicators().toString(),
                "--format", "json", "--fail-on", "never")));
        Run table = cli(withOptions(data, args("evaluate", "--indicators", catalog.toString(), "--table", csv.toString(),
                "--format", "json", "--fail-on", "never")));
        assertThat(yaml.exitCode()).as(yaml.err()).isZero();
        assertThat(table.exitCode()).as(table.err()).isZero();

        Path fromCsv = dir.resolve("out-csv");
        Run job = job(withOptions(data, args("--table", csv.toString(), "--indicators", catalog.toString(),
                "--output", fromCsv.toString())));
        assertThat(job.exitCode()).as(job.err()).isZero();
        Path fromParquet = dir.resolve("out-parquet");
        Run jobOnParquet = job(withOptions(data, args("--table", parquet.toString(), "--indicators", catalog.toString(),
                "--output", fromParquet.toString(), "--quiet")));
        assertThat(jobOnParquet.exitCode()).as(jobOnParquet.err()).isZero();
        assertThat(jobOnParquet.err()).isEmpty();

        JsonNode cliOnYaml = JSON.readTree(yaml.out());
        JsonNode cliOnTable = JSON.readTree(table.out());
        Map<String, JsonNode> expected = byKey(cliOnTable.get("verdicts"));
        assertThat(expected).hasSize(cliOnTable.get("verdicts").size()).isNotEmpty();
        // What each data set is there to show: streets judged on a share of their communities, yearly quotas.
        assertThat(expected.values()).anyMatch(v -> v.get("scope").get("level").asText().equals("street")
                && !v.get("status").asText().equals("no-data"));
        assertThat(expected.values()).anyMatch(v -> v.get("form").asText().equals("yearly") && !v.get("year").isNull());

        // The same table: every field the same, where each figure was read (the table's file and line) included.
        Map<String, JsonNode> sparkOnCsv = byKey(jsonLines(fromCsv));
        assertThat(sparkOnCsv.keySet()).isEqualTo(expected.keySet());
        assertThat(sparkOnCsv).isEqualTo(expected);

        // The YAML it was exported from: every field the same, where each figure was read included (the table
        // carries each figure's source file and line).
        Map<String, JsonNode> yamlVerdicts = byKey(cliOnYaml.get("verdicts"));
        assertThat(sparkOnCsv).isEqualTo(yamlVerdicts);
        assertThat(byKey(jsonLines(fromParquet))).isEqualTo(yamlVerdicts);

        // The counts.
        JsonNode summary = JSON.readTree(Files.readString(fromCsv.resolve("summary.json")));
        assertThat(summary.get("schema").asText()).isEqualTo("dabiao/summary/v1");
        assertThat(summary.get("as_of")).isEqualTo(cliOnYaml.get("as_of"));
        assertThat(summary.get("summary")).isEqualTo(cliOnYaml.get("summary"));
        assertThat(job.err()).endsWith("dabiao-spark: " + expected.size() + " verdicts as of " + data.asOf()
                + " written to " + fromCsv + "\n");

        // The Parquet verdicts are the JSON lines, typed.
        List<Row> rows = spark.read().parquet(fromCsv.resolve("verdicts.parquet").toString())
                .selectExpr("target", "scope.code", "year", "status", "latest.line", "pace_ratio", "band.strict").collectAsList();
        assertThat(rows).hasSize(expected.size());
        for (Row r : rows) {
            JsonNode v = expected.get(key(r.getString(0), r.getString(1), r.getString(2)));
            assertThat(r.getString(3)).isEqualTo(v.get("status").asText());
            assertThat(r.isNullAt(4) ? null : r.getLong(4)).isEqualTo(v.get("latest").isNull() || v.get("latest").get("line").isNull()
                    ? null : v.get("latest").get("line").asLong());
            assertThat(r.isNullAt(5) ? null : r.getDouble(5)).isEqualTo(v.get("pace_ratio").isNull() ? null : v.get("pace_ratio").asDouble());
        }
    }

    @Test
    void aBadRow_failsTheJob_withTheCliMessage_andWritesNothing() throws IOException {
        Path csv = DataCase.BUNDLED.writeTable(dir.resolve("figures.csv"));
        List<String> lines = new ArrayList<>(Files.readAllLines(csv));
        String[] cells = lines.get(2).split(",", -1);
        cells[5] = "two thousand";
        lines.set(2, String.join(",", cells));
        Files.write(csv, lines);
        Path catalog = DataCase.BUNDLED.catalogOnly(dir.resolve("catalog-only"));
        Run cli = cli(withOptions(DataCase.BUNDLED, args("evaluate", "--indicators", catalog.toString(), "--table", csv.toString())));
        assertThat(cli.exitCode()).isEqualTo(2);

        Path out = dir.resolve("out");
        Run job = job(withOptions(DataCase.BUNDLED, args("--table", csv.toString(), "--indicators", catalog.toString(),
                "--output", out.toString())));
        assertThat(job.exitCode()).isEqualTo(2);
        assertThat(job.err()).isEqualTo(cli.err()).contains(csv + ":3:6: ");
        assertThat(out).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("figures.csv", "catalog-only");
        }
    }

    @Test
    void aTableNotInUtf8_isRefusedAsTheCliRefusesIt() throws IOException {
        Path csv = dir.resolve("gbk.csv");
        Files.write(csv, ("region,unit,parent,indicator,period,value,source_file,source_line\r\n"
                + "310000,310101,310000,childcare_places,2023-Q2,3800,黄浦区.yaml,\r\n").getBytes("GB18030"));
        Path catalog = DataCase.BUNDLED.catalogOnly(dir.resolve("catalog-only"));
        Run cli = cli(withOptions(DataCase.BUNDLED, args("evaluate", "--indicators", catalog.toString(), "--table", csv.toString())));
        Run job = job(withOptions(DataCase.BUNDLED, args("--table", csv.toString(), "--indicators", catalog.toString(),
                "--output", dir.resolve("out").toString())));
        assertThat(job.exitCode()).isEqualTo(cli.exitCode()).isEqualTo(2);
        assertThat(job.err()).isEqualTo(cli.err()).startsWith(csv + ": the file is not UTF-8 text");
    }

    @Test
    void anOutputThatExists_isNeverReplaced() throws IOException {
        Path csv = DataCase.BUNDLED.writeTable(dir.resolve("figures.csv"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        Run job = job(withOptions(DataCase.BUNDLED, args("--table", csv.toString(), "--indicators",
                DataCase.BUNDLED.indicators().toString(), "--output", out.toString())));
        assertThat(job.exitCode()).isEqualTo(2);
        assertThat(job.err()).startsWith(out + ": the output folder exists already");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).containsExactly(out.resolve("keep.txt"));
        }
    }

    private static List<String> withOptions(DataCase data, List<String> args) {
        args.addAll(data.options());
        return args;
    }

    private static Run cli(List<String> args) {
        return cli(args.toArray(String[]::new));
    }

    /** The CSV table as Parquet in two files, as a database exports it: codes as text, figures as numbers. */
    private static Path toParquet(Path csv, Path folder) {
        StructType types = new StructType();
        for (String c : dabiao.table.LongTable.COLUMNS) {
            types = types.add(c, c.equals("value") ? DataTypes.DoubleType
                    : c.equals("source_line") ? DataTypes.IntegerType : DataTypes.StringType);
        }
        spark.read().option("header", "true").option("escape", "\"").schema(types).csv(csv.toString())
                .repartition(2).write().parquet(folder.toString());
        return folder;
    }

    private static List<JsonNode> jsonLines(Path output) throws IOException {
        List<JsonNode> verdicts = new ArrayList<>();
        try (Stream<Path> parts = Files.list(output.resolve("verdicts.jsonl"))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                for (String line : Files.readAllLines(part)) {
                    verdicts.add(JSON.readTree(line));
                }
            }
        }
        return verdicts;
    }

    private static Map<String, JsonNode> byKey(Iterable<JsonNode> verdicts) {
        Map<String, JsonNode> byKey = new TreeMap<>();
        for (JsonNode v : verdicts) {
            JsonNode first = byKey.put(key(v.get("target").asText(), v.get("scope").get("code").asText(),
                    v.get("year").isNull() ? null : v.get("year").asText()), v);
            assertThat(first).as("one verdict per target, scope and year").isNull();
        }
        return byKey;
    }

    private static String key(String target, String scope, String year) {
        return target + " " + scope + " " + year;
    }
}
