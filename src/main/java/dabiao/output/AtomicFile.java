package dabiao.output;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes files whole or not at all: each into a temporary file beside it ({@code .NAME.dabiao-PID.tmp}), then
 * moved into place. A symbolic link is followed and its target replaced; a FIFO or a device is written to as a
 * stream, never replaced. Temporary files are deleted on any exit the JVM sees, and those a killed run left
 * behind are deleted by the next write to the same folder.
 */
public final class AtomicFile {

    /** What writes the content, as UTF-8 text. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** What writes the content as bytes (a Parquet file). */
    @FunctionalInterface
    public interface Bytes {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final long PID = ProcessHandle.current().pid();
    private static final Pattern TEMP = Pattern.compile("\\..+\\.dabiao-(\\d+)(?:-\\d+)?\\.tmp");
    /** Temporary files not yet moved or deleted: what the shutdown hook removes on SIGTERM or SIGINT. */
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> OPEN.forEach(AtomicFile::deleteQuietly), "dabiao-temp-files"));
    }

    private AtomicFile() {
    }

    /** Writes one file whole or not at all. */
    public static void write(Path target, Content content) throws IOException {
        writeBytes(target, text(content));
    }

    /** Writes one file of bytes whole or not at all. */
    public static void writeBytes(Path target, Bytes content) throws IOException {
        try (Batch batch = new Batch()) {
            batch.addBytes(target, content);
            batch.commit();
        }
    }

    /** Text as UTF-8; a character that cannot be encoded (a lone surrogate) fails the write. */
    private static Bytes text(Content content) {
        return out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()));
            content.writeTo(writer);
            writer.flush();
        };
    }

    /** Whether {@code name} is a temporary file of this class, and the process that wrote it is gone. */
    static boolean isStale(String name) {
        Matcher m = TEMP.matcher(name);
        if (!m.matches()) {
            return false;
        }
        long pid = Long.parseLong(m.group(1));
        return pid != PID && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    /**
     * Several files that appear together or not at all: every temporary file is written by {@link #add}, streams
     * are written and then every file moved into place by {@link #commit}; closing without a commit deletes
     * the temporary files.
     */
    public static final class Batch implements AutoCloseable {

        private record Pending(Path shown, Path target, Path temp, Bytes stream) {
        }

        private final List<Pending> pending = new ArrayList<>();

        /** Writes {@code content} for {@code target} into its temporary file (a stream waits for the commit). */
        public void add(Path target, Content content) throws IOException {
            addBytes(target, text(content));
        }

        /** As {@link #add(Path, Content)}, for a file of bytes. */
        public void addBytes(Path target, Bytes content) throws IOException {
            Path real;
            try {
                real = resolve(target);
                if (Files.isDirectory(real)) {
                    throw new FileSystemException(target.toString(), null, "Is a directory");
                }
            } catch (IOException e) {
                throw new UnwritableOutputException(target, e);
            }
            if (Files.exists(real) && !Files.isRegularFile(real)) {
                pending.add(new Pending(target, real, null, content));
                return;
            }
            Path temp = null;
            try {
                Path dir = real.getParent();
                Files.createDirectories(dir);
                removeStale(dir);
                temp = newTemp(real);
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                    content.writeTo(out);
                }
                readableLikeOtherFiles(temp, real);
                pending.add(new Pending(target, real, temp, null));
            } catch (IOException e) {
                if (temp != null) {
                    deleteQuietly(temp);
                }
                throw new UnwritableOutputException(target, e);
            }
        }

        /** Writes the streams, then moves every temporary file into place. */
        public void commit() throws IOException {
            for (Pending p : pending) {
                if (p.stream() != null) {
                    try (OutputStream out = new BufferedOutputStream(
                            Files.newOutputStream(p.target(), StandardOpenOption.WRITE))) {
                        p.stream().writeTo(out);
                    } catch (IOException e) {
                        throw new UnwritableOutputException(p.shown(), e);
                    }
                }
            }
            for (Pending p : pending) {
                if (p.temp() != null) {
                    try {
                        move(p.temp(), p.target());
                        OPEN.remove(p.temp());
                    } catch (IOException e) {
                        throw new UnwritableOutputException(p.shown(), e);
                    }
                }
            }
            pending.clear();
        }

        @Override
        public void close() {
            pending.stream().map(Pending::temp).filter(t -> t != null).forEach(AtomicFile::deleteQuietly);
            pending.clear();
        }
    }

    /** The file a write to {@code target} replaces: symbolic links followed, even to a file not there yet. */
    public static Path resolve(Path target) throws IOException {
        Path p = target.toAbsolutePath();
        if (Files.exists(p)) {
            return p.toRealPath();
        }
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == 40) {
                throw new FileSystemException(target.toString(), null, "Too many levels of symbolic links");
            }
            p = p.getParent().resolve(Files.readSymbolicLink(p));
        }
        return p;
    }

    private static Path newTemp(Path target) throws IOException {
        String base = "." + target.getFileName() + ".dabiao-" + PID;
        for (int n = 1; ; n++) {
            Path temp = target.resolveSibling(base + (n == 1 ? "" : "-" + n) + ".tmp");
            if (!Files.exists(temp, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                OPEN.add(temp);
                try {
                    return Files.createFile(temp);
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    OPEN.remove(temp);
                }
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes the temporary files a killed run left in {@code dir}; one still being written by a live run stays. */
    private static void removeStale(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> isStale(f.getFileName().toString())).forEach(AtomicFile::deleteQuietly);
        } catch (IOException | RuntimeException e) {
            // Tidying up is a courtesy; the write itself reports what matters.
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Nothing more to do: the file is left behind, and recognisable as stale by its name.
        }
        OPEN.remove(file);
    }

    /**
     * A temporary file is created readable by its owner only; a report is meant to be read by others (a web
     * server, a colleague), so it gets the permissions of the file it replaces, or rw-r--r--.
     */
    private static void readableLikeOtherFiles(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, permissions);
    }
}
