package dabiao.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Whole-or-nothing writes: temporary files beside the target, links followed, FIFOs streamed, nothing left behind. */
class AtomicFileTest {

    @TempDir
    Path dir;

    private static String[] namesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void symlink_isFollowed_andItsTargetReplaced() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.writeString(real.resolve("report.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("report.json"), real.resolve("report.json"));
        AtomicFile.write(link, w -> w.write("new"));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real.resolve("report.json"))).isEqualTo("new");
        assertThat(namesIn(real)).containsExactly("report.json");
    }

    @Test
    void danglingSymlink_createsItsTarget() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("report.json"), Path.of("real.json"));
        AtomicFile.write(link, w -> w.write("new"));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("real.json"))).isEqualTo("new");
    }

    @Test
    void fifo_isWrittenAsAStream_andStaysAFifo() throws Exception {
        Path fifo = dir.resolve("pipe");
        CompletableFuture<String> read = dabiao.Fifo.readerOf(fifo);
        AtomicFile.write(fifo, w -> w.write("达标\n"));
        assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo("达标\n");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
        assertThat(namesIn(dir)).containsExactly("pipe");
    }

    @Test
    void devFull_isUnwritable_andStaysADevice() throws IOException {
        Path full = Path.of("/dev/full");
        assumeThat(Files.exists(full)).isTrue();
        assertThatThrownBy(() -> AtomicFile.write(full, w -> w.write("x".repeat(100_000))))
                .isInstanceOf(UnwritableOutputException.class)
                .satisfies(e -> assertThat(((UnwritableOutputException) e).reason())
                        .isEqualTo(UnwritableOutputException.Reason.full));
        assertThat(Files.isRegularFile(full)).isFalse();
        assertThat(((Integer) Files.getAttribute(full, "unix:mode")) & 0170000).isEqualTo(0020000);
    }

    @Test
    void staleTempOfADeadProcess_isRemovedByTheNextWrite_aLiveOneStays() throws Exception {
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        String stale = ".report.json.dabiao-" + dead.pid() + ".tmp";
        String live = ".report.json.dabiao-" + ProcessHandle.current().pid() + "-7.tmp";
        Files.writeString(dir.resolve(stale), "half");
        Files.writeString(dir.resolve(live), "being written");
        AtomicFile.write(dir.resolve("other.csv"), w -> w.write("a"));
        assertThat(namesIn(dir)).containsExactly(live, "other.csv");
    }

    @Test
    void failingContent_leavesNoTempAndTheOldFile() throws IOException {
        Files.writeString(dir.resolve("report.json"), "old");
        assertThatThrownBy(() -> AtomicFile.write(dir.resolve("report.json"), w -> {
            w.write("half");
            throw new IOException("broken");
        })).isInstanceOf(IOException.class);
        assertThat(namesIn(dir)).containsExactly("report.json");
        assertThat(Files.readString(dir.resolve("report.json"))).isEqualTo("old");
    }

    @Test
    void batch_secondUnwritable_leavesNeither() throws IOException {
        Files.writeString(dir.resolve("blocked"), "a file where a folder should be");
        try (AtomicFile.Batch batch = new AtomicFile.Batch()) {
            batch.add(dir.resolve("a.json"), w -> w.write("a"));
            assertThatThrownBy(() -> batch.add(dir.resolve("blocked/b.json"), w -> w.write("b")))
                    .isInstanceOf(UnwritableOutputException.class);
        }
        assertThat(namesIn(dir)).containsExactly("blocked");
    }

    @Test
    void folder_isRefusedAsAFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("out"));
        assertThatThrownBy(() -> AtomicFile.write(folder, w -> w.write("a")))
                .isInstanceOf(UnwritableOutputException.class)
                .satisfies(e -> assertThat(((UnwritableOutputException) e).reason())
                        .isEqualTo(UnwritableOutputException.Reason.folder));
    }

    /** Run in a child JVM: starts writing {@code args[0]}, says so on stdout, and waits to be killed. */
    public static final class SlowWriter {
        public static void main(String[] args) throws IOException {
            AtomicFile.write(Path.of(args[0]), w -> {
                w.write("half");
                w.flush();
                System.out.println("writing");
                System.out.flush();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }

    @Test
    void sigterm_whileWriting_removesTheTempFile() throws Exception {
        Path target = dir.resolve("report.json");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SlowWriter.class.getName(), target.toString())
                .redirectErrorStream(true).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()))) {
            assertThat(out.readLine()).isEqualTo("writing");
            assertThat(namesIn(dir)).containsExactly(".report.json.dabiao-" + child.pid() + ".tmp");
            child.destroy(); // SIGTERM
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(namesIn(dir)).isEmpty();
    }
}
