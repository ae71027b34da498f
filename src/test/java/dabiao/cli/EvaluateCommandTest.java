package dabiao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dabiao.Fixture;
import dabiao.SnapshotYaml;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The real command line: exit codes, what goes to stdout and what to stderr. */
class EvaluateCommandTest {

    @TempDir
    Path dir;
    Fixture fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixture.in(dir);
        // 黄浦区 on track, 徐汇区 behind pace (R = 0.67) as of 2023-Q2.
        fixture.snapshot("shanghai/2020-Q4.yaml", new SnapshotYaml("2020-Q4")
                .district("310101", "resident_population", 1000000, "childcare_places", 3000)
                .district("310104", "resident_population", 1000000, "childcare_places", 3000).text());
        fixture.snapshot("shanghai/2023-Q2.yaml", new SnapshotYaml("2023-Q2")
                .district("310101", "resident_population", 1000000, "childcare_places", 3800)
                .district("310104", "resident_population", 1000000, "childcare_places", 3500).text());
    }

    @Test
    void nothingAtOrPastFailOn_exits0() {
        Cli.Run r = Cli.evaluate(dir, "--fail-on", "off-track");
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("黄浦区 310101", "进度正常", "有风险", "每千人口托位数达到4.5个");
    }

    @Test
    void whatTheEvaluationCannotSee_isNamedOnStderr() {
        // Yangzhou reports, but no fixture rule applies to it; Shanghai's latest snapshot is 2023-Q2.
        fixture.snapshot("yangzhou/2023-Q2.yaml", new SnapshotYaml("321000", "扬州市", "2023-Q2")
                .district("321002", "childcare_places", 100).text());
        Cli.Run r = Cli.evaluate(dir, "--as-of", "2024-Q2", "--lang", "en");
        assertThat(r.err()).contains("warning: 扬州市 321000 has snapshots, but no target in ",
                "warning: the latest snapshot of 上海市 310000 is 2023-Q2, before the evaluated period 2024-Q2")
                .doesNotContain("latest snapshot of 扬州市");
        assertThat(Cli.evaluate(dir, "--as-of", "2024-Q2", "--quiet").err()).isEmpty();
        // Before every snapshot, nothing is judged: said, not left as a bare "0 verdicts".
        assertThat(Cli.evaluate(dir, "--as-of", "2019-Q4", "--lang", "en").err())
                .contains("warning: the earliest snapshot of 上海市 310000 is 2020-Q4, after the evaluated period 2019-Q4");
    }

    @Test
    void districtBenchmarkShortfall_informsButDoesNotFailTheRun() {
        fixture.write("rules/scope.drl", readResource("fixtures/scope-rules/scope.drl"));
        fixture.snapshot("shanghai/2025-Q4.yaml", new SnapshotYaml("2025-Q4")
                .region("resident_population", 24000000, "childcare_places", 110000)
                .district("310101", "resident_population", 1000000, "childcare_places", 3500)
                .district("310104", "resident_population", 1000000, "childcare_places", 4600).text());
        Cli.Run r = Cli.evaluate(dir, "--as-of", "2025-Q4", "--format", "github", "--fail-on", "missed");
        assertThat(r.out()).contains("::warning", "title=全市每千人口托位数达到4.5个 · 对照全市标准::黄浦区 310101 · 未达标");
        // The product card's own district rule still fails 黄浦区 (3.5 < 4.5 at the deadline).
        assertThat(r.exitCode()).isEqualTo(1);
        fixture.write("rules/core.drl", "package targets.none;\n");
        Cli.Run benchmarkOnly = Cli.evaluate(dir, "--as-of", "2025-Q4", "--fail-on", "missed");
        assertThat(benchmarkOnly.exitCode()).isEqualTo(0);
    }

    private static String readResource(String name) {
        try {
            return java.nio.file.Files.readString(Fixture.resource(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void exit1_isExplainedOnStderr_evenQuietAndWithOutput() {
        Cli.Run r = Cli.evaluate(dir, "--fail-on", "at-risk", "--quiet", "--format", "json", "--output", "build/v.json", "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("dabiao: 1 verdicts at or past --fail-on at-risk, exit 1\n");
        assertThat(Cli.evaluate(dir, "--fail-on", "at-risk").err()).contains("1 项结论达到或超过 --fail-on at-risk，退出码 1");
        assertThat(Cli.evaluate(dir, "--fail-on", "off-track").err()).isEmpty();
    }

    @Test
    void verdictAtFailOn_exits1() {
        assertThat(Cli.evaluate(dir, "--fail-on", "at-risk").exitCode()).isEqualTo(1);
        assertThat(Cli.evaluate(dir, "--fail-on", "on-track").exitCode()).isEqualTo(1);
    }

    @Test
    void defaultFailOnIsMissed_andNeverDisablesIt() {
        fixture.snapshot("shanghai/2025-Q4.yaml", new SnapshotYaml("2025-Q4")
                .district("310104", "resident_population", 1000000, "childcare_places", 4000).text());
        assertThat(Cli.evaluate(dir, "--as-of", "2023-Q2").exitCode()).isEqualTo(0);
        assertThat(Cli.evaluate(dir).exitCode()).isEqualTo(1);
        assertThat(Cli.evaluate(dir, "--fail-on", "never").exitCode()).isEqualTo(0);
    }

    @Test
    void defaultAsOfIsTheLatestPeriodFound() throws Exception {
        JsonNode json = new ObjectMapper().readTree(Cli.evaluate(dir, "--format", "json").out());
        assertThat(json.get("as_of").asText()).isEqualTo("2023-Q2");
        JsonNode earlier = new ObjectMapper().readTree(Cli.evaluate(dir, "--format", "json", "--as-of", "2021-Q4").out());
        assertThat(earlier.get("as_of").asText()).isEqualTo("2021-Q4");
    }

    @Test
    void json_hasTheDocumentedShape() throws Exception {
        Cli.Run r = Cli.evaluate(dir, "--format", "json", "--fail-on", "never");
        assertThat(r.exitCode()).isEqualTo(0);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("schema").asText()).isEqualTo("dabiao/verdicts/v1");
        // The region's own target starts at the end of 2023: as of 2023-Q2 it has no verdict yet.
        JsonNode v = json.get("verdicts").get(0);
        assertThat(v.get("target").asText()).isEqualTo("sh23-15-childcare-per-1000");
        assertThat(v.get("indicator").asText()).isEqualTo("childcare_places_per_1000");
        assertThat(v.get("scope").get("code").asText()).isEqualTo("310101");
        assertThat(v.get("scope").get("name").asText()).isEqualTo("黄浦区");
        assertThat(v.get("status").asText()).isEqualTo("on-track");
        assertThat(v.get("provenance").get("document").asText()).isEqualTo("沪府办发〔2022〕23号");
        assertThat(v.get("provenance").get("clause").asText()).isEqualTo("（十五）");
        assertThat(v.get("comparison").asText()).isEqualTo("at least");
        assertThat(v.get("target_value").asDouble()).isEqualTo(4.5);
        assertThat(v.get("deadline").asText()).isEqualTo("2025");
        assertThat(v.get("baseline").get("period").asText()).isEqualTo("2020-Q4");
        assertThat(v.get("latest").get("value").asDouble()).isEqualTo(3.8);
        assertThat(v.get("latest").get("line").asInt()).isEqualTo(9);
        assertThat(v.get("expected_now").asDouble()).isEqualTo(3.75);
        assertThat(v.get("pace_ratio").asDouble()).isEqualTo(1.066667);
        assertThat(v.get("reason").get("zh").asText()).startsWith("进度正常");
        assertThat(v.get("reason").get("en").asText()).startsWith("On pace");
        assertThat(json.get("summary").get("on-track").asInt()).isEqualTo(1);
        assertThat(json.get("summary").get("at-risk").asInt()).isEqualTo(1);
        assertThat(json.get("summary").get("total").asInt()).isEqualTo(json.get("verdicts").size());
    }

    @Test
    void english_tableAndMessages() {
        Cli.Run r = Cli.evaluate(dir, "--lang", "en", "--fail-on", "never");
        assertThat(r.out()).contains("dabiao verdicts as of 2023-Q2", "on track", "at risk", "Behind pace");
    }

    @Test
    void outputFile_isWrittenWholeAndStdoutKeepsTheOtherFormat() throws Exception {
        Cli.Run r = Cli.evaluate(dir, "--format", "json", "--output", "build/verdicts.json", "--format", "table");
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(Files.readString(dir.resolve("build/verdicts.json"))).startsWith("{").contains("\"verdicts\"");
        assertThat(r.out()).contains("黄浦区 310101");
        try (var files = Files.list(dir.resolve("build"))) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void severalFormatsInOneRun_eachFileWholeAndTheRestOnStdout() throws Exception {
        Cli.Run r = Cli.evaluate(dir, "--fail-on", "at-risk", "--bom",
                "--format", "junit", "--output", "build/dabiao.xml",
                "--format", "html", "--output", "build/report.html",
                "--format", "sarif", "--output", "build/dabiao.sarif",
                "--format", "csv", "--output", "build/verdicts.csv",
                "--format", "markdown", "--output", "build/summary.md",
                "--format", "github");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("dabiao：1 项结论达到或超过 --fail-on at-risk，退出码 1\n");
        assertThat(Files.readString(dir.resolve("build/dabiao.xml"))).contains("<testsuites", "<failure type=\"at-risk\"");
        assertThat(Files.readString(dir.resolve("build/report.html"))).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(new ObjectMapper().readTree(dir.resolve("build/dabiao.sarif").toFile()).get("version").asText()).isEqualTo("2.1.0");
        assertThat(Files.readAllBytes(dir.resolve("build/verdicts.csv"))).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(Files.readString(dir.resolve("build/summary.md"))).startsWith("## dabiao 达标评估（截至 2023-Q2）");
        assertThat(r.out()).startsWith("::error file=").contains("2023-Q2.yaml,line=14,", "title=每千人口托位数达到4.5个::徐汇区 310104")
                .contains("dabiao：截至 2023-Q2 共 ");
        try (var files = Files.list(dir.resolve("build"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("dabiao.xml", "report.html", "dabiao.sarif", "verdicts.csv", "summary.md");
        }
    }

    @Test
    void failOnReachesTheCiFormats() {
        assertThat(Cli.evaluate(dir, "--format", "github").out()).doesNotContain("::error").contains("::warning");
        assertThat(Cli.evaluate(dir, "--format", "github", "--fail-on", "at-risk").out()).contains("::error");
    }

    @Test
    void unknownFormat_isRefusedWithExit2() {
        Cli.Run r = Cli.evaluate(dir, "--format", "xml");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("dabiao: --format 的值无效：应为 table, json, csv, markdown, junit, github, sarif, html 之一，"
                + "实际为“xml”\n请运行 'dabiao evaluate --help' 查看用法。\n");
        assertThat(r.out()).isEmpty();
        assertThat(Cli.evaluate(dir, "--format", "xml", "--lang", "en").err())
                .contains("dabiao: invalid value for --format: expected one of table, json, csv, markdown, junit, github, sarif, html, found 'xml'");
    }

    /** picocli's own errors are English; each reaches the user in dabiao's words and language, with exit 2. */
    @Test
    void commandLinesThatDoNotParse_areRefusedInTheUsersLanguage() {
        Cli.Run missing = Cli.run(dir, "explain");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("dabiao: 缺少必需的选项：--target=ID、--scope=CODE\n").doesNotContain("Missing");
        // --output without its --format: only what the option group requires is missing.
        assertThat(Cli.evaluate(dir, "--output", "x.json").err()).startsWith("dabiao: 缺少必需的选项：--format=FORMAT\n");
        Cli.Run unknown = Cli.evaluate(dir, "--fial-on", "missed");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("dabiao: 不认识的选项：--fial-on；是否想用 --fail-on？\n");
        assertThat(Cli.evaluate(dir, "--lang", "en", "--fial-on", "missed").err())
                .startsWith("dabiao: unknown option: --fial-on; did you mean --fail-on?\n");
        assertThat(Cli.evaluate(dir, "--as-of", "2025Q9").err()).startsWith("dabiao: --as-of 的值无效：应为期别，如 2025-Q2 或 2025，实际为“2025Q9”");
        assertThat(Cli.evaluate(dir, "--as-of", "2025", "--as-of", "2024").err()).startsWith("dabiao: --as-of=PERIOD 只能给一次");
        assertThat(Cli.run(dir, "evalute").err()).startsWith("dabiao: 多余的参数：evalute；是否想用 evaluate");
        assertThat(Cli.evaluate(dir, "--lang=fr").err()).startsWith("dabiao: --lang 的值无效：应为 zh 或 en，实际为“fr”");
    }

    @Test
    void badFailOnOrAsOf_exit2() {
        assertThat(Cli.evaluate(dir, "--fail-on", "sometimes").exitCode()).isEqualTo(2);
        assertThat(Cli.evaluate(dir, "--as-of", "2025-Q5", "--lang", "en").err()).contains("expected a period such as 2025-Q2");
    }

    @Test
    void targetRuleThatFailsWhileRunning_isInvalidRulesWithExit2() {
        fixture.write("rules/broken.drl", """
                package targets.broken;
                import dabiao.model.Scope;
                import static dabiao.engine.TargetRules.applies;

                rule "throws"
                    @id("broken-1") @document("D") @clause("（一）") @wording("W") @title("T") @titleEn("T")
                    @indicator("childcare_places") @require("at least 1") @deadline("2025")
                when
                    $scope : Scope(code == "310101")
                then
                    Integer.parseInt("x");
                    applies(kcontext, $scope);
                end
                """);
        Cli.Run r = Cli.evaluate(dir, "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("rules/broken.drl:5:1: rule \"throws\" failed while running: java.lang.NumberFormatException")
                .doesNotContain("\tat ");
    }

    @Test
    void internalError_exits3WithOneLineAndAStackTraceOnlyWhenAsked() {
        Cli.Run plain = Cli.run(dir, "boom");
        assertThat(plain.exitCode()).isEqualTo(3);
        assertThat(plain.err()).contains("内部错误", "java.lang.IllegalStateException: broken invariant").doesNotContain("\tat ");
        assertThat(Cli.run(dir, "boom", "--stacktrace").err()).contains("\tat ");
    }

    @Test
    void formatsAndOutputsPairInTheOrderTheyAreWritten() throws Exception {
        // The first format has no --output: it goes to stdout; the second goes to its file.
        Cli.Run r = Cli.evaluate(dir, "--format", "github", "--format", "json", "--output", "out.json", "--fail-on", "never");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("::");
        assertThat(Files.readString(dir.resolve("out.json"))).startsWith("{");
    }

    @Test
    void outputThatCannotBeWritten_isExit2NotAnInternalError() {
        fixture.write("blocked", "a file where a folder should be");
        Cli.Run r = Cli.evaluate(dir, "--format", "json", "--output", "blocked/verdicts.json", "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("cannot write").contains("a folder on its path is missing or is a file").doesNotContain("internal error");
    }
}
