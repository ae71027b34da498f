package dabiao.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

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

    /** Steps 1 and "From a spreadsheet" write the same file: the import, as the README says, replaces it with --force. */
    @Test
    void templateThenImport_intoTheSameFile_asTheReadmeSays(@TempDir Path dir) throws IOException {
        for (String folder : new String[]{"indicators", "rules"}) {
            try (Stream<Path> walk = Files.walk(REPO.resolve(folder))) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    Path to = dir.resolve(REPO.relativize(p).toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(p, to);
                }
            }
        }
        String output = "indicators/shanghai/2026-Q4.yaml";
        assertThat(Cli.inWorkspace(dir, "template", "--region", "310000", "--period", "2026-Q4", "--output", output)
                .exitCode()).isZero();
        Cli.Run r = Cli.inWorkspace(dir, "import", REPO.resolve("examples/shanghai-2026-Q4.csv").toString(),
                "--region", "310000", "--period", "2026-Q4", "--output", output, "--force", "--lang", "en");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve(output))).contains("  - code: \"310151\"\n    name: 崇明区\n");
    }
}
