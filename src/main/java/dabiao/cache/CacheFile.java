package dabiao.cache;

import dabiao.model.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * One entry of the cache folder: bytes stored under a key, with a header naming the key and a SHA-256 of
 * the bytes. A file that is truncated, corrupt or written for another key is deleted and read as absent:
 * the cache only ever saves time, it never fails a run. A file is written to a temporary file beside it
 * and moved into place, so that a reader sees a whole file or none, and two writers of the same key both
 * succeed (the last move wins; both wrote the same content).
 */
public final class CacheFile {

    private static final String TEMP_SUFFIX = ".tmp";
    /** Temporary files being written, removed on SIGTERM or SIGINT by the shutdown hook. */
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> OPEN.forEach(f -> f.toFile().delete()), "dabiao-cache-temp"));
    }

    private static final String MAGIC = "dabiao-cache 1";

    private final Path file;
    private final String key;

    /** The entry {@code name} in {@code folder}, holding the bytes of {@code key}. */
    public CacheFile(Path folder, String name, String key) {
        this.file = folder.resolve(name);
        this.key = key;
    }

    public Path path() {
        return file;
    }

    /** The stored bytes, or null when there are none or they do not check (the file is then deleted). */
    public byte[] read() {
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (IOException e) {
            // Absent, or unreadable: either way a miss, and the next write replaces it.
            return null;
        }
        byte[] payload = payload(all);
        if (payload == null) {
            delete();
        }
        return payload;
    }

    /** Stores {@code bytes}; a folder that cannot be written leaves the cache empty, and says why. */
    public void write(byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] header = (MAGIC + "\n" + key + "\n" + Sha256.hex(bytes) + "\n").getBytes(StandardCharsets.US_ASCII);
        deleteAbandonedTemps(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), TEMP_SUFFIX);
        OPEN.add(temp);
        try {
            try (var out = Files.newOutputStream(temp)) {
                out.write(header);
                out.write(bytes);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
            OPEN.remove(temp);
        }
    }

    /**
     * Temporary files of writers killed before they could clean up (SIGKILL, a power cut). The folder is
     * dabiao's own, and no write takes an hour, so an older one is abandoned.
     */
    private static void deleteAbandonedTemps(Path folder) {
        Instant before = Instant.now().minus(Duration.ofHours(1));
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().startsWith(".") && f.getFileName().toString().endsWith(TEMP_SUFFIX))
                    .filter(f -> modifiedBefore(f, before))
                    .forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Left for a later writer.
        }
    }

    private static boolean modifiedBefore(Path f, Instant before) {
        try {
            return Files.getLastModifiedTime(f).toInstant().isBefore(before);
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes the entry, e.g. when its bytes checked but did not load. */
    public void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left for the next writer to replace.
        }
    }

    private byte[] payload(byte[] all) {
        int[] ends = new int[3];
        int line = 0;
        for (int i = 0; i < all.length && line < 3 && i < 256; i++) {
            if (all[i] == '\n') {
                ends[line++] = i;
            }
        }
        if (line < 3) {
            return null;
        }
        String magic = new String(all, 0, ends[0], StandardCharsets.US_ASCII);
        String storedKey = new String(all, ends[0] + 1, ends[1] - ends[0] - 1, StandardCharsets.US_ASCII);
        String digest = new String(all, ends[1] + 1, ends[2] - ends[1] - 1, StandardCharsets.US_ASCII);
        byte[] payload = Arrays.copyOfRange(all, ends[2] + 1, all.length);
        return magic.equals(MAGIC) && storedKey.equals(key) && digest.equals(Sha256.hex(payload)) ? payload : null;
    }

}
