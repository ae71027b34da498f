package dabiao.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's walk-through, on the bundled rules, snapshots and example table: each command works. */
class StatisticianWalkthroughTest {

    static final Path REPO = Path.of("").toAbsolutePath();

    @Test
    void bundledSnapshots_validateWithoutErrors() {
        Cli.Run r = Cli.run(REPO, "validate", "--lang", "en");
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).containsPattern("48 file\\(s\\) checked: 0 error\\(s\\), \\d+ warning\\(s\\), 0 note\\(s\\)\n$");
    }

    @Test
    void template_forTheNextQuarter_carriesLastQuartersFigures() {
        Cli.Run r = Cli.run(REPO, "template", "--region", "310000", "--period", "2026-Q4");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("# yaml-language-server: $schema=../schema/snapshot.schema.json\n")
                .contains("      resident_population:                      # 常住人口（人）；2026-Q3：666451\n");
    }

    @Test
    void exampleTable_importsWithoutErrorsOrWarnings() {
        Cli.Run r = Cli.run(REPO, "import", "examples/shanghai-2026-Q4.csv", "--region", "310000", "--period", "2026-Q4",
                "--lang", "en");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("warning").contains("read as 111900", "read as 169411");
        assertThat(r.out()).contains("period: 2026-Q4", "  - code: \"310151\"\n    name: 崇明区\n");
    }

    @Test
    void bundledRules_check() {
        Cli.Run r = Cli.run(REPO, "rules", "check", "--lang", "en");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("rules: 107 targets compile and are declared correctly\n");
    }
}
