package dabiao.output;

import dabiao.Fixture;
import dabiao.SnapshotYaml;
import dabiao.model.Origin;
import dabiao.model.Period;
import dabiao.model.Report;
import dabiao.model.ReportDiff;
import dabiao.model.Scope;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The report every writer test reads: the fixture rules on Shanghai as of 2025-Q2, with every status but
 * missed (2025-Q2 is before every deadline), evaluated once per test run. File names in it are absolute;
 * {@link #relative(String)} strips the workspace (absolute, or relative to the working directory, as SARIF
 * gives it) so golden files do not depend on where it lies.
 */
final class SampleReport {

    private static Path dir;
    private static Report report;
    private static Origin origin;

    private SampleReport() {
    }

    static synchronized Report report() {
        if (report == null) {
            dir = tempDir();
            // The product card's targets, and a yearly quota (a line per year).
            Fixture f = Fixture.in(dir, "rules", "yearly-rules");
            f.snapshot("shanghai/2020-Q4.yaml", new SnapshotYaml("2020-Q4")
                    .district("310101", "resident_population", 1000000, "childcare_places", 3000,
                            "community_services_15min_coverage", 70)
                    .district("310104", "resident_population", 1000000, "childcare_places", 3000)
                    .district("310105", "resident_population", 1000000, "childcare_places", 3000)
                    .district("310106", "resident_population", 1000000, "childcare_places", 3000).text());
            f.snapshot("shanghai/2023-Q4.yaml", new SnapshotYaml("2023-Q4")
                    .region("service_retail_share", 46.0, "brand_first_stores_new", 805).text());
            f.snapshot("shanghai/2024-Q4.yaml", new SnapshotYaml("2024-Q4")
                    .region("brand_first_stores_new", 720).text());
            f.snapshot("shanghai/2025-Q2.yaml", new SnapshotYaml("2025-Q2")
                    .region("service_retail_share", 46.5, "brand_first_stores_new", 390)
                    .district("310101", "resident_population", 1000000, "childcare_places", 4600,
                            "community_services_15min_coverage", 78.5)
                    .district("310104", "resident_population", 1000000, "childcare_places", 4100)
                    .district("310105", "resident_population", 1000000, "childcare_places", 3300)
                    .district("310106", "resident_population", 1000000, "childcare_places", 4400).text());
            report = f.evaluate("2025-Q2");
            origin = new Origin("dabiao 0.1.0", OffsetDateTime.of(2025, 7, 15, 9, 30, 0, 0, ZoneOffset.ofHours(8)),
                    "1".repeat(64), "2".repeat(64), 4,
                    List.of(new Origin.Source(Scope.region("310000", "上海市"), Period.parse("2020-Q4"),
                            Period.parse("2025-Q2"), "示例数据（illustrative）：测试用")),
                    ReportDiff.between(f.evaluate("2025-Q1"), report));
        }
        return report;
    }

    /**
     * A fixed origin for the report (the time and digests as a run would give them), with what moved
     * since 2025-Q1, so that the html header and its changes section are golden too.
     */
    static synchronized Origin origin() {
        report();
        return origin;
    }

    /** {@code text} with the workspace's absolute path taken out of file names. */
    static String relative(String text) {
        report();
        String fromWorkingDirectory = Path.of("").toAbsolutePath().relativize(dir) + "/";
        return text.replace(fromWorkingDirectory, "").replace(dir.toString() + "/", "");
    }

    private static Path tempDir() {
        try {
            Path d = Files.createTempDirectory("dabiao-sample");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(d)));
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path d) {
        try (Stream<Path> walk = Files.walk(d)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
