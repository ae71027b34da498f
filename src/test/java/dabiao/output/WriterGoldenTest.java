package dabiao.output;

import dabiao.Fixture;
import dabiao.SnapshotYaml;
import dabiao.model.Lang;
import dabiao.model.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each format's exact output on one report with every status, compared with a golden file in
 * {@code src/test/resources/golden}. After a deliberate change, regenerate with
 * {@code mvn test -Dtest=WriterGoldenTest -Dgolden.update=true} and review the diff.
 */
class WriterGoldenTest {

    @TempDir
    static Path dir;
    static Report report;

    @BeforeAll
    static void evaluate() {
        Fixture f = Fixture.in(dir);
        f.snapshot("shanghai/2020-Q4.yaml", new SnapshotYaml("2020-Q4")
                .district("310101", "resident_population", 1000000, "childcare_places", 3000,
                        "community_services_15min_coverage", 70)
                .district("310104", "resident_population", 1000000, "childcare_places", 3000)
                .district("310105", "resident_population", 1000000, "childcare_places", 3000)
                .district("310106", "resident_population", 1000000, "childcare_places", 3000).text());
        f.snapshot("shanghai/2023-Q4.yaml", new SnapshotYaml("2023-Q4")
                .region("service_retail_share", 46.0).text());
        f.snapshot("shanghai/2025-Q2.yaml", new SnapshotYaml("2025-Q2")
                .region("service_retail_share", 46.5)
                .district("310101", "resident_population", 1000000, "childcare_places", 4600,
                        "community_services_15min_coverage", 78.5)
                .district("310104", "resident_population", 1000000, "childcare_places", 4100)
                .district("310105", "resident_population", 1000000, "childcare_places", 3300)
                .district("310106", "resident_population", 1000000, "childcare_places", 4400).text());
        report = f.evaluate("2025-Q2");
    }

    @Test
    void tableInChinese() throws IOException {
        assertGolden("table-zh.txt", new TableWriter(Lang.ZH));
    }

    @Test
    void tableInEnglish() throws IOException {
        assertGolden("table-en.txt", new TableWriter(Lang.EN));
    }

    @Test
    void json() throws IOException {
        assertGolden("verdicts.json", new JsonWriter());
    }

    private static void assertGolden(String name, ReportWriter writer) throws IOException {
        StringWriter out = new StringWriter();
        writer.write(report, out);
        String actual = out.toString().replace(dir.toString() + "/", "");
        Path golden = Path.of("src/test/resources/golden", name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
