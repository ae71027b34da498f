package dabiao.cli;

import dabiao.Fixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dabiao template}: the skeleton a statistician fills in, which validates as it is and once filled in. */
class TemplateCommandTest {

    @TempDir
    Path dir;
    Fixture fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixture.in(dir);
        fixture.snapshot("shanghai/2025-Q2.yaml", ValidateCommandTest.GOOD + "values:\n  service_retail_share: 47.9\n");
    }

    private Cli.Run template(String... options) {
        return Cli.inWorkspace(dir, "template", options);
    }

    @Test
    void skeleton_hasEveryDistrictEveryNeededFigure_namesUnitsAndLastQuartersFigures() {
        Cli.Run r = template("--region", "310000", "--period", "2025-Q3");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("""
                # yaml-language-server: $schema=../schema/snapshot.schema.json
                # 上海市 2025-Q3 指标快照。只填数字，按基本单位（人、个、元；百分比填 0–100）；不知道的留空。注释中为指标名称、单位，以及上一期报告的数据（如有）。
                schema: dabiao/indicators/v1
                region: {code: "310000", name: 上海市}
                period: 2025-Q3
                # source: 数据来源（可选）
                values:
                  service_retail_share:                         # 服务零售额占社会消费品零售总额的比重（%）；2025-Q2：47.9
                districts:
                  - code: "310101"
                    name: 黄浦区
                    values:
                      resident_population:                      # 常住人口（人）；2025-Q2：662030
                      childcare_places:                         # 3岁以下婴幼儿托位（个）；2025-Q2：2480
                      community_services_15min_coverage:        # 社区公共服务设施15分钟步行可达覆盖率（%）
                  - code: "310104"
                    name: 徐汇区
                    values:
                      resident_population:                      # 常住人口（人）
                """);
        assertThat(r.out().lines().filter(l -> l.startsWith("  - code: "))).hasSize(16);
    }

    @Test
    void english_commentsInEnglish() {
        Cli.Run r = template("--region", "310000", "--period", "2025-Q3", "--lang", "en");
        assertThat(r.out()).contains("  service_retail_share:                         "
                + "# Service retail share of total retail sales (%); 2025-Q2: 47.9\n");
    }

    @Test
    void writtenIntoTheIndicatorFolder_itValidatesBlank_andFilledIn() throws Exception {
        Path file = dir.resolve("indicators/shanghai/2025-Q3.yaml");
        assertThat(template("--region", "310000", "--period", "2025-Q3", "--output", "indicators/shanghai/2025-Q3.yaml")
                .exitCode()).isZero();
        assertThat(Files.readString(file)).startsWith("# yaml-language-server: $schema=../schema/snapshot.schema.json\n");
        Cli.Run blank = Cli.run(dir, "validate", "--indicators", "indicators", "--lang", "en");
        assertThat(blank.out()).isEqualTo("2 file(s) checked: 0 error(s), 0 warning(s), 0 note(s)\n");

        String filled = Files.readString(file)
                .replaceFirst("service_retail_share:( +)#", "service_retail_share: 48.2$1#")
                .replaceFirst("resident_population:( +)#", "resident_population: 662100$1#")
                .replaceFirst("childcare_places:( +)#", "childcare_places: 2,560$1#");
        Files.writeString(file, filled);
        Cli.Run r = Cli.run(dir, "validate", "--indicators", "indicators", "--lang", "en", "--strict");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("2025-Q3.yaml:14:25: note: childcare_places: \"2,560\" read as 2560")
                .endsWith("2 file(s) checked: 0 error(s), 0 warning(s), 1 note(s)\n");
        Cli.Run evaluated = Cli.evaluate(dir, "--lang", "en", "--fail-on", "never");
        assertThat(evaluated.exitCode()).isZero();
        assertThat(evaluated.out()).contains("dabiao verdicts as of 2025-Q3");
    }

    @Test
    void outputElsewhere_namesTheSchemaRelativeToIt() throws Exception {
        assertThat(template("--region", "321000", "--period", "2025-Q3", "--output", "out/yz.yaml").exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("out/yz.yaml")))
                .startsWith("# yaml-language-server: $schema=../indicators/schema/snapshot.schema.json\n")
                .contains("region: {code: \"321000\", name: 扬州市}", "  - code: \"321071\"\n    name: 扬州经济技术开发区\n");
    }

    @Test
    void unknownRegion_exit2() {
        Cli.Run r = template("--region", "999999", "--period", "2025-Q3", "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("unknown region code \"999999\"");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingOptions_areUsageErrors() {
        assertThat(template("--region", "310000").exitCode()).isEqualTo(2);
        assertThat(template("--region", "310000", "--period", "2025-Q5").err()).contains("应为期别，如 2025-Q2 或 2025");
    }
}
