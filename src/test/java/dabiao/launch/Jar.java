package dabiao.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The built product as a user runs it, a process of its own: {@code java -jar target/dabiao.jar} or
 * {@code bin/dabiao}, in the repository, with a home and a cache folder of the test's own (never the
 * real {@code ~/.cache}).
 */
final class Jar {

    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path JAR = ROOT.resolve("target/dabiao.jar");
    static final Path LAUNCHER = ROOT.resolve("bin/dabiao");

    record Run(int exitCode, String out, String err) {
    }

    private Jar() {
    }

    /** {@code java -jar target/dabiao.jar args…}. */
    static Started java(Path home, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return start(home, command, Map.of());
    }

    /** {@code bin/dabiao args…}, with {@code env} added to the environment. */
    static Started launcher(Path home, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
        command.addAll(List.of(args));
        return start(home, command, env);
    }

    private static Started start(Path home, List<String> command, Map<String, String> env) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(ROOT.toFile());
        pb.environment().put("HOME", home.toString());
        pb.environment().remove("XDG_CACHE_HOME");
        pb.environment().put("DABIAO_CACHE", home.resolve("cache").toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().putAll(env);
        Process p = pb.start();
        CompletableFuture<String> out = read(p.getInputStream());
        CompletableFuture<String> err = read(p.getErrorStream());
        return new Started(p, out, err);
    }

    private static CompletableFuture<String> read(java.io.InputStream in) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                text.complete(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                text.completeExceptionally(e);
            }
        });
        t.setDaemon(true);
        t.start();
        return text;
    }

    /** A process started, to be waited for. */
    record Started(Process process, CompletableFuture<String> out, CompletableFuture<String> err) {
        Run await() throws Exception {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("still running after 5 minutes");
            }
            return new Run(process.exitValue(), out.get(), err.get());
        }
    }
}
