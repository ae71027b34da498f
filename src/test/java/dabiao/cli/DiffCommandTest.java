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

/** {@code dabiao diff} on the real command line. */
class DiffCommandTest {

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        Fixture fixture = Fixture.in(dir);
        // As of 2023-Q2 黄浦区 is on track and 徐汇区 at risk; by 2025-Q4 黄浦区 has met 4.5 and 徐汇区 missed it.
        fixture.snapshot("shanghai/2020-Q4.yaml", new SnapshotYaml("2020-Q4")
                .district("310101", "resident_population", 1000000, "childcare_places", 3000)
                .district("310104", "resident_population", 1000000, "childcare_places", 3000).text());
        fixture.snapshot("shanghai/2023-Q2.yaml", new SnapshotYaml("2023-Q2")
                .district("310101", "resident_population", 1000000, "childcare_places", 3800)
                .district("310104", "resident_population", 1000000, "childcare_places", 3500).text());
        fixture.snapshot("shanghai/2025-Q4.yaml", new SnapshotYaml("2025-Q4")
                .district("310101", "resident_population", 1000000, "childcare_places", 4600)
                .district("310104", "resident_population", 1000000, "childcare_places", 4000).text());
    }

    private Cli.Run diff(String... options) {
        return Cli.inWorkspace(dir, "diff", options);
    }

    @Test
    void table_groupsTheMovesWorstFirst_withTheFiguresBehindThem() {
        Cli.Run r = diff("--from", "2023-Q2", "--to", "2025-Q4");
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.err()).isEmpty();
        String out = r.out();
        assertThat(out).startsWith("dabiao 变化：2023-Q2 → 2025-Q4，2 项评估的状态有变化（共 33 项）\n");
        assertThat(out.indexOf("新增未达标 (1)")).isLessThan(out.indexOf("新达标 (1)"));
        assertThat(out).contains("徐汇区 310104  每千人口托位数达到4.5个  sh23-15-childcare-per-1000",
                "有风险 → 未达标; 3.5个/千人 (2023-Q2) → 4个/千人 (2025-Q4); 进度比 0.67 → —",
                "进度正常 → 已达标; 3.8个/千人 (2023-Q2) → 4.6个/千人 (2025-Q4)", "↳ 期限（2025年末）已到");
    }

    @Test
    void markdown_oneTablePerMove() {
        Cli.Run r = diff("--from", "2023-Q2", "--to", "2025-Q4", "--format", "markdown", "--lang", "en");
        assertThat(r.out()).startsWith("## dabiao changes from 2023-Q2 to 2025-Q4: 2 of 33 verdicts changed status\n")
                .contains("### 🔴 Newly missed (1)", "### ✅ Newly met (1)", "| scope | target | status | latest figure | pace | reason |",
                        "| 徐汇区 310104 | 4.5 childcare places per 1,000 residents `sh23-15-childcare-per-1000` | at risk → missed |");
    }

    @Test
    void json_hasBothVerdictsOfEveryChange() throws Exception {
        JsonNode json = new ObjectMapper().readTree(diff("--from", "2023-Q2", "--to", "2025-Q4", "--format", "json").out());
        assertThat(json.get("schema").asText()).isEqualTo("dabiao/diff/v1");
        assertThat(json.get("changes")).hasSize(2);
        JsonNode missed = json.get("changes").get(0);
        assertThat(missed.get("move").asText()).isEqualTo("missed");
        assertThat(missed.get("scope").asText()).isEqualTo("310104");
        assertThat(missed.get("status_before").asText()).isEqualTo("at-risk");
        assertThat(missed.get("before").get("latest").get("value").asDouble()).isEqualTo(3.5);
        assertThat(missed.get("after").get("latest").get("period").asText()).isEqualTo("2025-Q4");
        assertThat(json.get("summary").get("met").asInt()).isEqualTo(1);
        assertThat(json.get("summary").get("changed").asInt()).isEqualTo(2);
    }

    @Test
    void samePeriod_hasNoChanges() {
        assertThat(diff("--from", "2023-Q2", "--to", "2023-Q2", "--lang", "en").out())
                .isEqualTo("dabiao changes from 2023-Q2 to 2023-Q2: 0 of 32 verdicts changed status\n");
    }

    @Test
    void fromAfterTo_isRefused() {
        Cli.Run r = diff("--from", "2025-Q4", "--to", "2023-Q2", "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--from 2025-Q4 is later than --to 2023-Q2");
    }

    @Test
    void missingOrBadPeriods_exit2() {
        assertThat(diff("--from", "2023-Q2").exitCode()).isEqualTo(2);
        assertThat(diff("--from", "2023-Q5", "--to", "2025-Q4").err()).contains("应为期别，如 2025-Q2 或 2025");
    }
}
