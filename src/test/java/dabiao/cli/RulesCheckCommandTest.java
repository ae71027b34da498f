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
        assertThat(r.err()).contains("Missing required subcommand");
    }
}
