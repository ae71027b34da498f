package dabiao;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assumptions.assumeThat;

/** A named pipe for tests, with its reader already waiting; the test is skipped where mkfifo is missing. */
public final class Fifo {

    private Fifo() {
    }

    /** Makes the FIFO {@code path} and starts reading it whole, as UTF-8, on another thread. */
    public static CompletableFuture<String> readerOf(Path path) throws InterruptedException {
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", path.toString()).start();
        } catch (IOException noMkfifo) {
            assumeThat(false).as("mkfifo available").isTrue();
            throw new IllegalStateException("unreachable");
        }
        assumeThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();
        return CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
