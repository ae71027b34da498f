package dabiao.cli;

import dabiao.Fixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dabiao rules check}: the rule base's own checks, listed as a result. */
class RulesCheckCommandTest {

    static final String TARGET = """
            rule "%1$s"
                @id("%2$s") @document("D") @clause("（一）") @wording("W") @title("T") @titleEn("T")
                @indicator("%3$s")
                @require("at least 1")
                @deadline("2025")
            when
                $scope : Scope(code == "310000")
            then
                applies(kcontext, $scope);
            end
            """;

    static final String HEAD = """
            package targets.extra;
            import dabiao.model.Scope;
            import static dabiao.engine.TargetRules.applies;

            """;

    @TempDir
    Path dir;
    Fixture fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixture.in(dir);
    }

    private Cli.Run check() {
        return Cli.run(dir, "rules", "check", "--rules", "rules", "--indicators", "indicators", "--lang", "en");
    }

    @Test
    void goodRules_exit0WithTheNumberOfTargets() {
        Cli.Run r = check();
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).endsWith("rules: 3 targets compile and are declared correctly\n");
    }

    @Test
    void everyCompileError_isListedWithFileAndLine() {
        fixture.write("rules/broken.drl", HEAD + """
                rule "unfinished"
                when
                    Scope(code ==
                then
                end
                """);
        Cli.Run r = check();
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).containsPattern("rules/broken\\.drl:\\d+(:\\d+)?: rule does not compile: ")
                .endsWith(" error(s); evaluate refuses these rules until they are fixed\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void unknownIndicatorAndDuplicateId_areBothListed() {
        fixture.write("rules/extra.drl", HEAD
                + TARGET.formatted("typo", "typo-1", "childcare_place_per_1000")
                + TARGET.formatted("twice", "sh23-15-childcare-per-1000", "childcare_places"));
        Cli.Run r = check();
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).contains(
                "rules/extra.drl:7:5: @indicator(\"childcare_place_per_1000\") is not in the catalog; close codes: childcare_places_per_1000",
                "rules/extra.drl:16:5: target id \"sh23-15-childcare-per-1000\" is declared twice (first at ",
                "2 error(s); evaluate refuses these rules until they are fixed");
    }

    @Test
    void rulesWithoutASubcommand_isAUsageError() {
        Cli.Run r = Cli.run(dir, "rules");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("dabiao: 请指定子命令：check\n");
    }

    /** A target rule with the given condition and consequence. */
    private static String rule(String name, String id, String extra, String when, String then) {
        return "rule \"" + name + "\"\n    @id(\"" + id + "\") @document(\"D\") @clause(\"（一）\") @wording(\"W\") @title(\"T\")"
                + " @titleEn(\"T\")\n    @indicator(\"childcare_places\") @require(\"at least 1\") @deadline(\"2025\") " + extra
                + "\nwhen\n" + when + "\nthen\n" + then + "\nend\n";
    }

    @Test
    void ruleThatCallsAppliesTwiceOrNever_isRefusedWithItsLine() {
        fixture.write("rules/extra.drl", HEAD
                + rule("twice", "twice-1", "", "    $scope : Scope(code == \"310000\")",
                        "    applies(kcontext, $scope);\n    applies(kcontext, $scope);")
                + rule("never", "never-1", "", "    $scope : Scope(code == \"310000\")", "    System.getProperty(\"x\");"));
        Cli.Run r = check();
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).contains("extra.drl:5:1: rule \"twice\" calls applies(kcontext, $scope) 2 times",
                "extra.drl:14:1: rule \"never\" calls applies(kcontext, $scope) 0 times");
        assertThat(Cli.evaluate(dir).exitCode()).isEqualTo(2);
    }

    @Test
    void ruleThatReachesOneScopeThroughTwoPatterns_isRefusedByCheckAndEvaluate() {
        // Both a district of Shanghai and "any scope whose code starts 3101" match 黄浦区: two verdicts.
        fixture.write("rules/extra.drl", HEAD + rule("two ways", "two-ways-1", "",
                "    $scope : Scope(region == \"310000\", district)\n    Scope(code == $scope.code || code == \"310000\")",
                "    applies(kcontext, $scope);"));
        Cli.Run r = check();
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).contains("extra.drl:5:1: rule \"two ways\" gives target two-ways-1 two verdicts on 310101 黄浦区");
        fixture.snapshot("shanghai/2023-Q2.yaml", new dabiao.SnapshotYaml("2023-Q2")
                .district("310101", "childcare_places", 3000).text());
        Cli.Run evaluate = Cli.evaluate(dir, "--lang", "en");
        assertThat(evaluate.exitCode()).isEqualTo(2);
        assertThat(evaluate.err()).contains("extra.drl:5:1: rule \"two ways\" gives target two-ways-1 two verdicts");
    }

    @Test
    void districtTargetMatchingTheRegion_isRefused() {
        fixture.write("rules/extra.drl", HEAD + rule("each district", "each-district-1", "@level(\"district\")",
                "    $scope : Scope(region == \"310000\")", "    applies(kcontext, $scope);"));
        Cli.Run r = check();
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).contains("extra.drl:5:1: rule \"each district\" declares @level(\"district\")",
                "but matched the region 310000 上海市");
    }

    @Test
    void yearlyQuotaWhoseYearsAreNotYears_isRefused() {
        fixture.write("rules/extra.drl", HEAD
                + rule("backwards", "backwards-1", "@form(\"yearly\") @start(\"2027\")", "    $scope : Scope(code == \"310000\")",
                        "    applies(kcontext, $scope);")
                + rule("quarter", "quarter-1", "@form(\"yearly\") @start(\"2023-Q3\")", "    $scope : Scope(code == \"310000\")",
                        "    applies(kcontext, $scope);"));
        Cli.Run r = check();
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).contains("a yearly quota's @start(2027) and @deadline(2025) are years",
                "a yearly quota's @start(2023-Q3) and @deadline(2025) are years");
    }

    @Test
    void runningTotalTargetStartingOtherwiseThanItsIndicator_isRefused() {
        // brand_first_stores_introduced counts from the start of 2021: a plan period from the end of 2022
        // would count the stores of 2021 and 2022 too.
        fixture.write("rules/extra.drl", HEAD + rule("from 2023", "from-2023-1",
                "@form(\"cumulative\") @start(\"2022\")", "    $scope : Scope(code == \"310000\")",
                "    applies(kcontext, $scope);").replace("childcare_places", "brand_first_stores_introduced"));
        Cli.Run r = check();
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).contains("@start(2022) does not fit brand_first_stores_introduced, a running total since the start of 2021: write @start(\"2020\")");
    }
}
