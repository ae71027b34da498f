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
        assertThat(r.out()).endsWith(count("indicators", ".yaml") + " file(s) checked: 0 error(s), 0 warning(s), 0 note(s)\n");
    }

    @Test
    void template_forTheNextQuarter_carriesLastQuartersFigures() {
        Cli.Run r = Cli.run(REPO, "template", "--region", "310000", "--period", "2026-Q4");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("# yaml-language-server: $schema=../schema/snapshot.schema.json\n")
                .contains("      resident_population:                      # 常住人口（人）；2026-Q3：666451\n");
    }

    @Test
    void exampleTable_importsWithoutErrors_warningOnlyOfTheCommitteesItDoesNotHold() {
        Cli.Run r = Cli.run(REPO, "import", "examples/shanghai-2026-Q4.csv", "--region", "310000", "--period", "2026-Q4",
                "--lang", "en");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err().lines().filter(l -> l.contains("warning"))).singleElement().asString()
                .contains("54 streets or communities listed in 2026-Q3 are missing here");
        assertThat(r.err()).contains("read as 111900", "read as 169411");
        assertThat(r.out()).contains("period: 2026-Q4", "  - code: \"310151\"\n    name: 崇明区\n");
    }

    @Test
    void bundledRules_check() {
        Cli.Run r = Cli.run(REPO, "rules", "check", "--lang", "en");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("rules: " + targetsDeclared() + " targets compile and are declared correctly\n");
    }

    @Test
    void sharedOptions_standBeforeOrAfterTheSubcommand() {
        Cli.Run before = Cli.run(REPO, "--lang", "en", "--quiet", "rules", "check");
        Cli.Run after = Cli.run(REPO, "rules", "check", "--lang", "en", "--quiet");
        assertThat(before.exitCode()).isZero();
        assertThat(before.out()).isEqualTo(after.out()).startsWith("rules: ");
    }

    @Test
    void explainOfAYearlyQuota_listsEveryYear() throws Exception {
        // 每年新增品牌首店800家以上 from 2023: as of 2025-Q2, 2023 and 2024 are closed and 2025 is paced.
        Cli.Run table = Cli.run(REPO, "explain", "--target", "sh23-5-brand-first-stores-yearly", "--scope", "310000",
                "--as-of", "2025-Q2");
        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).contains("逐年结论", "2023  ", "2024  ", "2025  ");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Cli.run(REPO, "explain", "--target",
                "sh23-5-brand-first-stores-yearly", "--scope", "310000", "--as-of", "2025-Q2", "--format", "json").out());
        assertThat(json.get("years").findValuesAsText("year")).containsExactly("2023", "2024", "2025");
        assertThat(json.get("verdict").get("year").asText()).isEqualTo("2025");
    }

    /** The snapshots of the bundled data: every {@code .yaml} below {@code folder} but the catalog. */
    private static long count(String folder, String suffix) {
        try (var walk = java.nio.file.Files.walk(REPO.resolve(folder))) {
            return walk.filter(p -> p.toString().endsWith(suffix) && !p.getFileName().toString().equals("catalog.yaml")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** How many targets the bundled rule files declare: one {@code @id} each. */
    private static long targetsDeclared() {
        try (var walk = java.nio.file.Files.walk(REPO.resolve("rules"))) {
            return walk.filter(p -> p.toString().endsWith(".drl")).mapToLong(p -> {
                try {
                    return java.util.regex.Pattern.compile("^\\s*@id\\(", java.util.regex.Pattern.MULTILINE)
                            .matcher(java.nio.file.Files.readString(p)).results().count();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sum();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
