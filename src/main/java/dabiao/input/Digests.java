package dabiao.input;

import dabiao.model.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * SHA-256 digests of a set of files, computed as {@code sha256sum} lists them so that anyone can
 * recompute one: the digest of the lines {@code <sha256 of the file>  <name>}, one per file, sorted by
 * name (byte order, as {@code LC_ALL=C sort}). {@code cd rules && sha256sum *.drl | sha256sum} gives the
 * digest of a flat rules folder.
 */
public final class Digests {

    private Digests() {
    }

    /** The digest of the rules: every {@code .drl} file under {@code folder}, named relative to it. */
    public static String rules(Path folder) {
        SortedMap<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".drl"))
                    .forEach(p -> files.put(folder.relativize(p).toString().replace('\\', '/'), p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(files);
    }

    /**
     * The digest of snapshots, each named by its folder and file ({@code shanghai/2026-Q3.yaml}), as they lie
     * in an indicators folder.
     */
    public static String snapshots(Iterable<Path> files) {
        SortedMap<String, Path> named = new TreeMap<>();
        for (Path p : files) {
            Path parent = p.toAbsolutePath().getParent().getFileName();
            named.put((parent == null ? "" : parent + "/") + p.getFileName(), p);
        }
        return of(named);
    }

    private static String of(Map<String, Path> files) {
        StringBuilder listing = new StringBuilder();
        files.forEach((name, file) -> {
            try {
                listing.append(hex(Files.readAllBytes(file))).append("  ").append(name).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return hex(listing.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String hex(byte[] bytes) {
        return Sha256.hex(bytes);
    }
}
