package dabiao.cli;

import dabiao.Fixture;
import dabiao.SnapshotYaml;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** An --output never replaces what the command reads, and template and import replace a file only with --force. */
class OutputOverInputTest {

    @TempDir
    Path dir;
    Fixture fixture;
    String q2;

    @BeforeEach
    void setUp() throws IOException {
        fixture = Fixture.in(dir);
        fixture.snapshot("shanghai/2020-Q4.yaml", new SnapshotYaml("2020-Q4")
                .district("310101", "resident_population", 1000000, "childcare_places", 3000).text());
        q2 = new SnapshotYaml("2023-Q2").district("310101", "resident_population", 1000000, "childcare_places", 3800).text();
        fixture.snapshot("shanghai/2023-Q2.yaml", q2);
    }

    private Path snapshotQ2() {
        return dir.resolve("indicators/shanghai/2023-Q2.yaml");
    }

    private String refusal(String output, String input) {
        return "dabiao: will not write " + dir.resolve(output) + ": it is " + input + ", which this command reads; "
                + "choose another file\n";
    }

    @Test
    void evaluateOverASnapshot_throughDotDot_isRefused_andTheSnapshotKept() throws IOException {
        Cli.Run r = Cli.evaluate(dir, "--format", "json", "--output", "indicators/../indicators/shanghai/2023-Q2.yaml",
                "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(refusal("indicators/../indicators/shanghai/2023-Q2.yaml", snapshotQ2().toString()));
        assertThat(Files.readString(snapshotQ2())).isEqualTo(q2);
    }

    @Test
    void evaluateOverTheCatalog_throughASymlink_isRefused() throws IOException {
        Files.createSymbolicLink(dir.resolve("report.json"), dir.resolve("indicators/catalog.yaml"));
        Cli.Run r = Cli.evaluate(dir, "--format", "json", "--output", "report.json", "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(refusal("report.json", dir.resolve("indicators/catalog.yaml").toString()));
    }

    @Test
    void evaluateOverARuleFile_isRefused() throws IOException {
        Path rule;
        try (Stream<Path> walk = Files.walk(dir.resolve("rules"))) {
            rule = walk.filter(p -> p.toString().endsWith(".drl")).findFirst().orElseThrow();
        }
        String before = Files.readString(rule);
        Cli.Run r = Cli.evaluate(dir, "--format", "json", "--output", dir.relativize(rule).toString(), "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("dabiao: will not write " + rule + ": it is in " + dir.resolve("rules")
                + ", which this command reads; choose another file\n");
        assertThat(Files.readString(rule)).isEqualTo(before);
    }

    @Test
    void evaluateOverTheDivisionsFile_isRefused() {
        Path divisions = fixture.write("divisions.csv", "region_code,region,code,name\n310000,上海市,310101,黄浦区\n");
        Cli.Run r = Cli.evaluate(dir, "--divisions", divisions.toString(), "--format", "csv",
                "--output", "divisions.csv", "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(refusal("divisions.csv", divisions.toString()));
    }

    @Test
    void explainAndDiff_overASnapshot_areRefused_toAFile_areWritten() throws IOException {
        Cli.Run diff = Cli.inWorkspace(dir, "diff", "--from", "2020-Q4", "--to", "2023-Q2", "--lang", "en",
                "--output", "indicators/shanghai/2020-Q4.yaml");
        assertThat(diff.exitCode()).isEqualTo(2);
        assertThat(diff.err()).contains("will not write");
        Cli.Run written = Cli.inWorkspace(dir, "diff", "--from", "2020-Q4", "--to", "2023-Q2", "--format", "json",
                "--output", "diff.json");
        assertThat(written.exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("diff.json"))).startsWith("{");
        Cli.Run explain = Cli.inWorkspace(dir, "explain", "--target", "sh23-15-childcare-per-1000", "--scope", "310101",
                "--lang", "en", "--output", "indicators/shanghai/2023-Q2.yaml");
        assertThat(explain.exitCode()).isEqualTo(2);
        assertThat(Files.readString(snapshotQ2())).isEqualTo(q2);
    }

    @Test
    void evaluateToASymlink_writesItsTarget() throws IOException {
        Path real = Files.createDirectories(dir.resolve("site"));
        Files.writeString(real.resolve("report.json"), "old");
        Files.createSymbolicLink(dir.resolve("report.json"), real.resolve("report.json"));
        Cli.Run r = Cli.evaluate(dir, "--format", "json", "--output", "report.json", "--fail-on", "never");
        assertThat(r.exitCode()).isZero();
        assertThat(Files.isSymbolicLink(dir.resolve("report.json"))).isTrue();
        assertThat(Files.readString(real.resolve("report.json"))).startsWith("{");
    }

    @Test
    void templateOverAnExistingFile_needsForce() throws IOException {
        Path file = fixture.write("shanghai-2023-Q3.yaml", "my notes\n");
        Cli.Run r = Cli.inWorkspace(dir, "template", "--region", "310000", "--period", "2023-Q3",
                "--output", "shanghai-2023-Q3.yaml", "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("dabiao: " + file + " exists already; add --force to replace it\n");
        assertThat(Files.readString(file)).isEqualTo("my notes\n");

        Cli.Run zh = Cli.inWorkspace(dir, "template", "--region", "310000", "--period", "2023-Q3",
                "--output", "shanghai-2023-Q3.yaml");
        assertThat(zh.err()).isEqualTo("dabiao: " + file + " 已存在；如要替换，请加 --force\n");

        Cli.Run forced = Cli.inWorkspace(dir, "template", "--region", "310000", "--period", "2023-Q3",
                "--output", "shanghai-2023-Q3.yaml", "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readString(file)).startsWith("# yaml-language-server:");
    }

    @Test
    void templateOverThePreviousSnapshot_isRefusedEvenWithForce() throws IOException {
        Cli.Run r = Cli.inWorkspace(dir, "template", "--region", "310000", "--period", "2023-Q3",
                "--output", "indicators/shanghai/2023-Q2.yaml", "--force", "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(refusal("indicators/shanghai/2023-Q2.yaml", snapshotQ2().toString()));
        assertThat(Files.readString(snapshotQ2())).isEqualTo(q2);
    }

    @Test
    void importReplacingTheTemplateItFilled_withForce() throws IOException {
        String output = "indicators/shanghai/2023-Q3.yaml";
        assertThat(Cli.inWorkspace(dir, "template", "--region", "310000", "--period", "2023-Q3", "--output", output)
                .exitCode()).isZero();
        fixture.write("table.csv", "区县,常住人口\n黄浦区,1000100\n");
        String[] args = {dir.resolve("table.csv").toString(), "--region", "310000", "--period", "2023-Q3",
                "--output", output, "--lang", "en"};
        Cli.Run refused = Cli.inWorkspace(dir, "import", args);
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).endsWith("exists already; add --force to replace it\n");

        String[] forced = java.util.Arrays.copyOf(args, args.length + 1);
        forced[args.length] = "--force";
        Cli.Run r = Cli.inWorkspace(dir, "import", forced);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve(output))).contains("resident_population: 1000100");
    }

    @Test
    void importOverItsOwnTable_isRefusedEvenWithForce() throws IOException {
        Path table = fixture.write("table.csv", "区县,常住人口\n黄浦区,1000100\n");
        Cli.Run r = Cli.inWorkspace(dir, "import", table.toString(), "--region", "310000", "--period", "2023-Q3",
                "--output", "table.csv", "--force", "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(refusal("table.csv", table.toString()));
        assertThat(Files.readString(table)).isEqualTo("区县,常住人口\n黄浦区,1000100\n");
    }
}
