package dabiao.cli;

import dabiao.Fixture;
import dabiao.SnapshotYaml;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** No snapshot is skipped without a word: links are followed, and what cannot be read is an error. */
class SnapshotFilesTest {

    @TempDir
    Path dir;
    Fixture fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixture.in(dir);
    }

    @Test
    void symlinkedRegionFolder_isRead() throws IOException {
        Path elsewhere = dir.resolve("shared/shanghai");
        Files.createDirectories(elsewhere);
        Files.writeString(elsewhere.resolve("2023-Q2.yaml"), new SnapshotYaml("2023-Q2")
                .district("310101", "resident_population", 1000000, "childcare_places", 3800).text());
        Files.createSymbolicLink(dir.resolve("indicators/shanghai"), elsewhere);
        Cli.Run r = Cli.evaluate(dir, "--format", "json", "--fail-on", "never");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"as_of\": \"2023-Q2\"", "黄浦区");
    }

    @Test
    void danglingLinkAndLinkLoop_areErrorsNamingThePath() throws IOException {
        fixture.snapshot("shanghai/2023-Q2.yaml", new SnapshotYaml("2023-Q2").district("310101", "childcare_places", 3800).text());
        Files.createSymbolicLink(dir.resolve("indicators/shanghai/2023-Q3.yaml"), dir.resolve("nowhere.yaml"));
        Files.createSymbolicLink(dir.resolve("indicators/shanghai/loop"), dir.resolve("indicators"));
        Cli.Run r = Cli.evaluate(dir, "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("indicators/shanghai/2023-Q3.yaml: this symbolic link points at nothing",
                "indicators/shanghai/loop: symbolic links form a loop here");
    }

    @Test
    void unreadableFolder_isAnError() throws IOException {
        assumeThat(System.getProperty("user.name")).as("root reads every folder").isNotEqualTo("root");
        fixture.snapshot("shanghai/2023-Q2.yaml", new SnapshotYaml("2023-Q2").district("310101", "childcare_places", 3800).text());
        Path folder = dir.resolve("indicators/shanghai");
        assumeThat(folder.toFile().setReadable(false)).isTrue();
        try {
            Cli.Run r = Cli.evaluate(dir, "--lang", "en");
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("indicators/shanghai: cannot be read");
        } finally {
            folder.toFile().setReadable(true);
        }
    }

    @Test
    void fileNamedLikeASnapshotButNotYaml_isAWarningSayingWhy() throws IOException {
        fixture.snapshot("shanghai/2023-Q2.yaml", new SnapshotYaml("2023-Q2").district("310101", "childcare_places", 3800).text());
        fixture.write("indicators/shanghai/2023-Q2.yaml.bak", "old");
        fixture.write("indicators/shanghai/README.txt", "notes");
        Cli.Run r = Cli.run(dir, "validate", "--indicators", "indicators", "--lang", "en");
        assertThat(r.out()).contains("indicators/shanghai/2023-Q2.yaml.bak: warning: named like a snapshot but not ending in .yaml")
                .doesNotContain("README.txt").endsWith("1 file(s) checked: 0 error(s), 1 warning(s), 0 note(s)\n");
        assertThat(Cli.run(dir, "validate", "--indicators", "indicators", "--strict").exitCode()).isEqualTo(2);
        assertThat(Cli.evaluate(dir, "--lang", "en").err()).contains("2023-Q2.yaml.bak: warning: named like a snapshot");
    }
}
