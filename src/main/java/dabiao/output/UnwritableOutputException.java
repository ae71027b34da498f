package dabiao.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/** An output file the user named could not be written; {@link #reason()} says why, in words a message can translate. */
public final class UnwritableOutputException extends IOException {

    /** Why, as the key suffix of a message ({@code output.reason.<name>}). */
    public enum Reason { folder, denied, full, missing, other }

    private final Path file;

    public UnwritableOutputException(Path file, IOException cause) {
        super(file + ": " + cause.getMessage(), cause);
        this.file = Objects.requireNonNull(file, "file must not be null");
    }

    public Path file() {
        return file;
    }

    public Reason reason() {
        Throwable cause = getCause();
        String text = String.valueOf(cause instanceof FileSystemException fs ? fs.getReason() : cause.getMessage())
                .toLowerCase(Locale.ROOT);
        if (cause instanceof AccessDeniedException || text.contains("permission denied")) {
            return Reason.denied;
        }
        if (text.contains("is a directory")) {
            return Reason.folder;
        }
        if (text.contains("no space left")) {
            return Reason.full;
        }
        if (cause instanceof NoSuchFileException || cause instanceof java.nio.file.FileAlreadyExistsException
                || text.contains("not a directory")) {
            return Reason.missing;
        }
        return Reason.other;
    }
}
