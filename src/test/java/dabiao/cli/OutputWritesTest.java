package dabiao.cli;

import dabiao.Fixture;
import dabiao.SnapshotYaml;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Where results go: stdout and --output, and how a write that fails ends the run. */
class OutputWritesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        Fixture fixture = Fixture.in(dir);
        fixture.snapshot("shanghai/2020-Q4.yaml", new SnapshotYaml("2020-Q4")
                .district("310101", "resident_population", 1000000, "childcare_places", 3000).text());
        fixture.snapshot("shanghai/2023-Q2.yaml", new SnapshotYaml("2023-Q2")
                .district("310101", "resident_population", 1000000, "childcare_places", 3800).text());
    }

    @Test
    void outputDash_isStdout() {
        Cli.Run r = Cli.evaluate(dir, "--format", "json", "--output", "-", "--fail-on", "never");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("{");
        assertThat(dir.resolve("-")).doesNotExist();
    }

    @Test
    void outputFifo_isStreamedToItsReader_andStaysAFifo() throws Exception {
        Path fifo = dir.resolve("verdicts.pipe");
        CompletableFuture<String> read = dabiao.Fifo.readerOf(fifo);
        Cli.Run r = Cli.evaluate(dir, "--format", "json", "--output", "verdicts.pipe", "--fail-on", "never");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(read.get(30, TimeUnit.SECONDS)).startsWith("{").contains("\"verdicts\"");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void stdoutThatFails_exitsNonZeroWithAMessage() {
        PrintWriter failing = new PrintWriter(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }, true);
        Cli.Run r = Cli.runWithStdout(dir, failing, "evaluate", "--rules", "rules", "--indicators", "indicators",
                "--format", "json", "--fail-on", "never", "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(r.err()).isEqualTo("dabiao: cannot write to standard output (a full disk or a closed pipe?); "
                + "the results are incomplete\n");
    }

    @Test
    void outputDevFull_exits2_andStaysACharacterDevice() throws IOException {
        Path full = Path.of("/dev/full");
        assumeThat(Files.exists(full)).isTrue();
        Cli.Run r = Cli.evaluate(dir, "--format", "json", "--output", "/dev/full", "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("dabiao: cannot write /dev/full: no space left on the device\n");
        assertThat(((Integer) Files.getAttribute(full, "unix:mode")) & 0170000).isEqualTo(0020000);
    }

    @Test
    void twoOutputs_secondUnwritable_neitherAppears() throws IOException {
        Files.writeString(dir.resolve("blocked"), "a file where a folder should be");
        Cli.Run r = Cli.evaluate(dir, "--format", "json", "--output", "build/verdicts.json",
                "--format", "csv", "--output", "blocked/verdicts.csv", "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("dabiao: cannot write " + dir.resolve("blocked/verdicts.csv")
                + ": a folder on its path is missing or is a file\n");
        try (Stream<Path> files = Files.list(dir.resolve("build"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void outputFolder_exits2_inChinese() throws IOException {
        Files.createDirectories(dir.resolve("out"));
        Cli.Run r = Cli.evaluate(dir, "--format", "json", "--output", "out");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("dabiao: 无法写入 " + dir.resolve("out") + "：这是一个文件夹，请指定文件\n");
    }
}
