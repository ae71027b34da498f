package dabiao.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** A cache entry reads back whole or not at all; what does not check is deleted and read as absent. */
class CacheFileTest {

    @TempDir
    Path dir;

    private static final byte[] BYTES = "compiled rules".getBytes(StandardCharsets.UTF_8);

    @Test
    void written_readsBack() throws Exception {
        CacheFile file = new CacheFile(dir.resolve("sub"), "entry", "k1");
        assertThat(file.read()).isNull();
        file.write(BYTES);
        assertThat(new CacheFile(dir.resolve("sub"), "entry", "k1").read()).isEqualTo(BYTES);
        assertThat(dir.resolve("sub")).isDirectoryContaining(p -> p.getFileName().toString().equals("entry"));
        try (var files = Files.list(dir.resolve("sub"))) {
            assertThat(files.count()).as("no temporary file is left").isEqualTo(1);
        }
    }

    @Test
    void aTemporaryFileAbandonedByAKilledWriter_isDeletedByTheNextWrite_aFreshOneIsNot() throws Exception {
        Path abandoned = Files.writeString(dir.resolve(".entry123.tmp"), "half");
        Files.setLastModifiedTime(abandoned, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(7200)));
        Path inFlight = Files.writeString(dir.resolve(".other456.tmp"), "being written");
        new CacheFile(dir, "entry", "k1").write(BYTES);
        assertThat(abandoned).doesNotExist();
        assertThat(inFlight).exists();
    }

    @Test
    void truncated_isDeletedAndAbsent() throws Exception {
        CacheFile file = new CacheFile(dir, "entry", "k1");
        file.write(BYTES);
        byte[] all = Files.readAllBytes(file.path());
        Files.write(file.path(), Arrays.copyOf(all, all.length - 3));
        assertThat(file.read()).isNull();
        assertThat(file.path()).doesNotExist();
    }

    @Test
    void garbage_orAnEmptyFile_isDeletedAndAbsent() throws Exception {
        CacheFile file = new CacheFile(dir, "entry", "k1");
        Files.write(file.path(), new byte[] {0, 1, 2, '\n', 3});
        assertThat(file.read()).isNull();
        assertThat(file.path()).doesNotExist();
        Files.write(file.path(), new byte[0]);
        assertThat(file.read()).isNull();
        assertThat(file.path()).doesNotExist();
    }

    @Test
    void writtenForAnotherKey_isDeletedAndAbsent() throws Exception {
        new CacheFile(dir, "entry", "k1").write(BYTES);
        CacheFile other = new CacheFile(dir, "entry", "k2");
        assertThat(other.read()).isNull();
        assertThat(other.path()).doesNotExist();
    }

    @Test
    void twoWritersAtOnce_bothSucceedAndTheEntryIsWhole() throws Exception {
        byte[] big = new byte[4 << 20];
        Arrays.fill(big, (byte) 'x');
        CyclicBarrier start = new CyclicBarrier(2);
        Runnable writer = () -> {
            try {
                start.await();
                new CacheFile(dir, "entry", "k1").write(big);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        // Two threads of their own: the common pool may have a single one on a small machine.
        var pool = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture.allOf(CompletableFuture.runAsync(writer, pool), CompletableFuture.runAsync(writer, pool)).join();
        } finally {
            pool.shutdown();
        }
        assertThat(new CacheFile(dir, "entry", "k1").read()).isEqualTo(big);
    }
}
