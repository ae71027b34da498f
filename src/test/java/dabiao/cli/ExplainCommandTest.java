package dabiao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dabiao.Fixture;
import dabiao.SnapshotYaml;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dabiao explain} on the real command line. */
class ExplainCommandTest {

    static final String CHILDCARE = "sh23-15-childcare-per-1000";

    @TempDir
    Path dir;

    Fixture fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixture.in(dir);
        // 徐汇区 behind pace as of 2023-Q2: R = (3.5 − 3.0) / (3.75 − 3.0) = 0.67.
        fixture.snapshot("shanghai/2020-Q4.yaml", new SnapshotYaml("2020-Q4")
                .district("310104", "resident_population", 1000000, "childcare_places", 3000).text());
        fixture.snapshot("shanghai/2023-Q2.yaml", new SnapshotYaml("2023-Q2")
                .district("310104", "resident_population", 1000000, "childcare_places", 3500).text());
    }

    private Cli.Run explain(String... options) {
        return Cli.inWorkspace(dir, "explain", options);
    }

    @Test
    void districtBehindPace_showsFiguresPathPaceRulesAndReason() {
        Cli.Run r = explain("--target", CHILDCARE, "--scope", "310104");
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.err()).isEmpty();
        assertThat(r.out())
                .startsWith("sh23-15-childcare-per-1000 · 每千人口托位数达到4.5个\n范围：徐汇区 310104 · 截至 2023-Q2\n")
                .contains("出处  沪府办发〔2022〕23号（十五）", "原文  到2025年，全市常住人口每千人拥有3岁以下婴幼儿托位数达到4.5个")
                .containsPattern("2020-Q4  3个/千人\\s+\\S+2020-Q4.yaml:9:25  基数")
                .containsPattern("2023-Q2  3.5个/千人\\s+\\S+2023-Q2.yaml:9:25  最新")
                .contains("按期进度  从 3个/千人（2020-Q4）到 4.5个/千人（2025年末）的直线；到 2023-Q2 应达 3.75个/千人")
                .contains("进度比    0.67（=（最新 − 基数）÷（应达 − 基数））", "趋势预测  —（数据少于 3 期，不作预测）")
                .contains("目标规则  沪府办发〔2022〕23号（十五）每千人口托位数（", "rules/core.drl:7:1）",
                        "方法规则  assess", "方法规则  behind pace")
                .contains("结论  有风险（at-risk）", "原因  进度偏慢：最新数据 3.5个/千人（2023-Q2）");
    }

    @Test
    void json_hasTheVerdictTheFiguresAndTheRulesInFiringOrder() throws Exception {
        Cli.Run r = explain("--target", CHILDCARE, "--scope", "310104", "--format", "json", "--as-of", "2023-Q2");
        assertThat(r.exitCode()).isEqualTo(0);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("schema").asText()).isEqualTo("dabiao/explain/v1");
        assertThat(json.get("verdict").get("status").asText()).isEqualTo("at-risk");
        assertThat(json.get("verdict").get("decided_by").asText()).isEqualTo("behind pace");
        assertThat(json.get("figures")).hasSize(2);
        assertThat(json.get("figures").get(0).get("role").asText()).isEqualTo("baseline");
        assertThat(json.get("figures").get(1).get("line").asInt()).isEqualTo(9);
        assertThat(json.get("rules_fired").findValuesAsText("rule"))
                .containsExactly("沪府办发〔2022〕23号（十五）每千人口托位数", "assess", "behind pace");
        assertThat(json.get("rules_fired").findValuesAsText("kind")).containsExactly("target", "methodology", "methodology");
    }

    @Test
    void english() {
        Cli.Run r = explain("--target", CHILDCARE, "--scope", "310104", "--lang", "en");
        assertThat(r.out()).contains("Scope: 徐汇区 310104 · as of 2023-Q2", "Figures used", "Pace ratio  0.67",
                "target rule", "Status  at risk (at-risk)", "Reason  Behind pace");
    }

    @Test
    void unknownTarget_exit2WithCloseIds() {
        Cli.Run r = explain("--target", "sh23-15-childcare", "--scope", "310104", "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("no verdict of target sh23-15-childcare on 310104 as of 2023-Q2",
                "close ids: sh23-15-childcare-per-1000");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void scopeTheTargetDoesNotApplyTo_exit2WithTheScopesItDoes() {
        Cli.Run r = explain("--target", "shsc-goals-service-retail-share-2027", "--scope", "310104", "--as-of", "2024-Q1");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("该目标不适用于这个范围；它适用于：310000");
    }

    @Test
    void targetNotYetInForce_exit2SayingWhenItStarts() {
        // The service-consumption plan starts from the end of 2023: as of 2023-Q2 there is nothing to judge.
        Cli.Run r = explain("--target", "shsc-goals-service-retail-share-2027", "--scope", "310000", "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("the target starts from the end of 2023; there is no verdict yet");
    }

    @Test
    void missingOptions_exit2() {
        assertThat(explain("--scope", "310104").exitCode()).isEqualTo(2);
        assertThat(explain("--target", CHILDCARE, "--scope", "310104", "--format", "xml").exitCode()).isEqualTo(2);
    }

    @Test
    void closedTarget_showsTheDeadlineFigureThatDecided_andLaterFiguresAsContext() throws Exception {
        fixture.snapshot("shanghai/2025-Q4.yaml", new SnapshotYaml("2025-Q4")
                .district("310104", "resident_population", 1000000, "childcare_places", 4400).text());
        fixture.snapshot("shanghai/2026-Q2.yaml", new SnapshotYaml("2026-Q2")
                .district("310104", "resident_population", 1000000, "childcare_places", 4700).text());
        Cli.Run r = explain("--target", CHILDCARE, "--scope", "310104");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("2025-Q4 +4.4个/千人 .*期限数据（据此判定）")
                .containsPattern("2026-Q2 +4.7个/千人 .*期限之后（仅作参考，不改变结论）")
                .contains("未达标（missed）", "达标于2026-Q2，晚于期限");
        JsonNode json = new ObjectMapper().readTree(explain("--target", CHILDCARE, "--scope", "310104", "--format", "json").out());
        assertThat(json.get("verdict").get("since_deadline").get("period").asText()).isEqualTo("2026-Q2");
        assertThat(json.get("figures").findValuesAsText("role")).contains("at-deadline", "after-deadline");
    }

    @Test
    void onTheBundledData_aBenchmarkSaysSo_andTheTrendCountsItsFigures() {
        Path root = Path.of("").toAbsolutePath();
        Cli.Run benchmark = Cli.run(root, "explain", "--target", "sh23-15-childcare-per-1000", "--scope", "310101");
        assertThat(benchmark.out()).contains("范围：黄浦区 310101 · 对照全市标准 · 截至 2026-Q3");
        // Open since the end-2023 baseline: the trend is fitted to the figures there are, at most 8.
        Cli.Run open = Cli.run(root, "explain", "--target", "shsc-goals-service-retail-share-2027", "--scope", "310000",
                "--as-of", "2025-Q1");
        assertThat(open.out()).containsPattern("按近 [3-8] 期数据的趋势");
        Cli.Run early = Cli.run(root, "explain", "--target", "shsc-goals-service-retail-share-2027", "--scope", "310000",
                "--as-of", "2024-Q2");
        assertThat(early.out()).contains("按近 3 期数据的趋势");
    }
}
