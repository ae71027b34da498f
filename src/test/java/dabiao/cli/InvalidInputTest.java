package dabiao.cli;

import dabiao.Fixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of bad input exits 2 with one line naming the file, the line and the problem. */
class InvalidInputTest {

    static final String GOOD = """
            schema: dabiao/indicators/v1
            region: {code: "310000", name: 上海市}
            period: 2025-Q2
            districts:
              - code: "310101"
                name: 黄浦区
                values:
                  resident_population: 662030
                  childcare_places: 2480
            """;

    @TempDir
    Path dir;
    Fixture fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixture.in(dir);
    }

    private Cli.Run evaluateWith(String snapshot) {
        fixture.snapshot("shanghai/2025-Q2.yaml", snapshot);
        return Cli.evaluate(dir, "--lang", "en");
    }

    private static void assertRefused(Cli.Run r, String located) {
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("shanghai/2025-Q2.yaml:" + located).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void goodSnapshot_isAccepted() {
        assertThat(evaluateWith(GOOD).exitCode()).isZero();
    }

    @Test
    void brokenYaml() {
        assertRefused(evaluateWith(GOOD.replace("name: 黄浦区", "name: \"黄浦区")),
                "6:11: this quote is never closed; end the value with the same quote, or remove it");
    }

    @Test
    void unknownIndicator_suggestsTheClosestCodes() {
        assertRefused(evaluateWith(GOOD.replace("childcare_places:", "childcare_place:")),
                "9:24: unknown indicator \"childcare_place\"; did you mean childcare_places, childcare_places_per_1000?");
    }

    @Test
    void textWhereANumberBelongs() {
        assertRefused(evaluateWith(GOOD.replace("2480", "两千四百八十")),
                "9:25: childcare_places: \"两千四百八十\" is not a number");
    }

    @Test
    void districtListedTwice() {
        assertRefused(evaluateWith(GOOD + "  - code: \"310101\"\n    name: 黄浦区\n"),
                "10:11: district 310101 is listed twice (first on line 5)");
    }

    @Test
    void percentAbove100() {
        assertRefused(evaluateWith(GOOD.replace("childcare_places: 2480", "community_services_15min_coverage: 101.5")),
                "9:42: community_services_15min_coverage is a percent and must lie between 0 and 100, found 101.5");
    }

    @Test
    void negativeCount() {
        assertRefused(evaluateWith(GOOD.replace("2480", "-5")), "9:25: childcare_places cannot be negative, found -5");
    }

    @Test
    void everyProblemIsReported_notJustTheFirst() {
        Cli.Run r = evaluateWith(GOOD.replace("2480", "-5").replace("662030", "abc"));
        assertThat(r.err()).contains("2025-Q2.yaml:8:", "2025-Q2.yaml:9:", "2 error(s)");
    }

    @Test
    void problemsInChinese() {
        fixture.snapshot("shanghai/2025-Q2.yaml", GOOD.replace("2480", "-5"));
        assertThat(Cli.evaluate(dir).err()).contains("2025-Q2.yaml:9:25: childcare_places 不能为负数，实际为 -5");
    }

    @Test
    void rulesFileWithASyntaxError() {
        fixture.snapshot("shanghai/2025-Q2.yaml", GOOD);
        fixture.write("rules/broken.drl", """
                package targets.broken;
                import dabiao.model.Scope;

                rule "unfinished"
                when
                    Scope(code ==
                then
                end
                """);
        Cli.Run r = Cli.evaluate(dir, "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).containsPattern("rules/broken\\.drl:\\d+: rule does not compile: ").doesNotContain("\tat ");
    }

    @Test
    void targetDeclaredWithAnUnknownIndicator() {
        fixture.snapshot("shanghai/2025-Q2.yaml", GOOD);
        fixture.write("rules/typo.drl", """
                package targets.typo;
                import dabiao.model.Scope;
                import static dabiao.engine.TargetRules.applies;

                rule "typo"
                    @id("typo-1") @document("D") @clause("（一）") @wording("W") @title("T") @titleEn("T")
                    @indicator("childcare_place_per_1000")
                    @require("at least 4.5")
                    @deadline("2025")
                when
                    $scope : Scope(code == "310000")
                then
                    applies(kcontext, $scope);
                end
                """);
        Cli.Run r = Cli.evaluate(dir, "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("rules/typo.drl:7:5: @indicator(\"childcare_place_per_1000\") is not in the catalog; close codes: childcare_places_per_1000");
    }

    @Test
    void duplicateKeyAndUnknownField() {
        assertRefused(evaluateWith(GOOD.replace("period: 2025-Q2", "period: 2025-Q2\nperiod: 2025-Q2")), "4:");
        assertRefused(evaluateWith(GOOD.replace("schema:", "schemas:")), "1:1: unknown field \"schemas\"");
    }

    @Test
    void periodNotMatchingTheFileName() {
        assertRefused(evaluateWith(GOOD.replace("period: 2025-Q2", "period: 2025-Q3")),
                "3:9: period 2025-Q3 does not match the file name 2025-Q2.yaml");
    }

    @Test
    void twoFilesForOneRegionAndPeriod() {
        fixture.snapshot("shanghai.bak/2025-Q2.yaml", GOOD);
        Cli.Run r = evaluateWith(GOOD);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("another file holds 上海市 2025-Q2 too");
    }

    @Test
    void districtReportingARegionOnlyIndicator() {
        assertRefused(evaluateWith(GOOD.replace("childcare_places: 2480", "service_retail_share: 47.9")),
                "9:29: service_retail_share (服务零售额占社会消费品零售总额的比重) is reported for the region as a whole only");
    }

    @Test
    void catalogEntryWithoutCode_isRefusedNotACrash() {
        fixture.snapshot("shanghai/2025-Q2.yaml", GOOD);
        fixture.write("indicators/catalog.yaml", "schema: dabiao/catalog/v1\nindicators:\n  - name: x\n");
        Cli.Run r = Cli.evaluate(dir, "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("catalog.yaml").doesNotContain("internal error");
    }

    @Test
    void divisionsFileWithAShortRow() {
        fixture.snapshot("shanghai/2025-Q2.yaml", GOOD);
        fixture.write("divisions.csv", "region_code,region,code,name\n310000,上海市\n");
        Cli.Run r = Cli.evaluate(dir, "--divisions", dir.resolve("divisions.csv").toString(), "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("divisions.csv:2:1: expected region_code,region,code,name (codes not blank), found \"310000,上海市\"");
        Cli.Run zh = Cli.evaluate(dir, "--divisions", dir.resolve("divisions.csv").toString());
        assertThat(zh.err()).contains("divisions.csv:2:1: 这一行应为").doesNotContain("expected");
    }

    @Test
    void catalogWordOutsideItsValues_namesTheAllowedOnes() {
        fixture.snapshot("shanghai/2025-Q2.yaml", GOOD);
        fixture.write("indicators/catalog.yaml", "schema: dabiao/catalog/v1\nindicators:\n  - code: x\n    kind: number\n");
        Cli.Run r = Cli.evaluate(dir, "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("indicators/catalog.yaml:4:11: unknown kind \"number\"; expected one of: count, amount, percent, per_capita, measure");
    }
}
