package dabiao.launch;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/dabiao}: the jar's results and exit codes, with a class-data archive it makes itself. The tests
 * share one home, so that the rules are built once; the first finds no archive there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherIT {

    @TempDir
    static Path home;

    private static final String[] JSON = {"evaluate", "--fail-on", "never", "--format", "json"};

    /** The one class-data archive in {@code folder}, or null. */
    private static Path archive(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".jsa")).reduce((x, y) -> {
                throw new IllegalStateException("two archives: " + x + ", " + y);
            }).orElse(null);
        }
    }

    @Test
    @Order(1)
    void noArchiveYet_theFirstRunMakesOne_andBothRunsAnswerAsTheJar() throws Exception {
        assertThat(home.resolve("cache")).doesNotExist();
        Jar.Run jar = Jar.java(home, RuleCacheIT.concat("--no-cache", JSON)).await();
        Jar.Run first = Jar.launcher(home, Map.of(), JSON).await();
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).isEqualTo(jar.err());
        assertThat(first.out()).isEqualTo(jar.out());
        assertThat(archive(home.resolve("cache"))).isNotNull();
        Jar.Run second = Jar.launcher(home, Map.of(), JSON).await();
        assertThat(second.out()).isEqualTo(jar.out());
        assertThat(second.err()).isEqualTo(jar.err());
    }

    @Test
    @Order(2)
    void exitCodes_passThrough() throws Exception {
        assertThat(Jar.launcher(home, Map.of(), "evaluate", "--indicators", home.resolve("none").toString()).await().exitCode())
                .isEqualTo(2);
        assertThat(Jar.launcher(home, Map.of(), "evaluate", "--fail-on", "met").await().exitCode()).isEqualTo(1);
        assertThat(Jar.launcher(home, Map.of(), "--no-cache", "--version").await())
                .satisfies(r -> assertThat(r.exitCode()).isZero())
                .satisfies(r -> assertThat(r.out()).startsWith("dabiao "));
    }

    @Test
    @Order(3)
    void aChangedJar_getsANewArchive_silently() throws Exception {
        Path copy = home.resolve("dabiao.jar");
        Files.copy(Jar.JAR, copy);
        Path cache = home.resolve("cache-of-copy");
        Map<String, String> env = Map.of("DABIAO_JAR", copy.toString(), "DABIAO_CACHE", cache.toString());
        Jar.launcher(home, env, "--version").await();
        Path archive = archive(cache);
        FileTime made = Files.getLastModifiedTime(archive);
        Files.setLastModifiedTime(copy, FileTime.fromMillis(made.toMillis() + 2000));
        Jar.Run run = Jar.launcher(home, env, "--version").await();
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(Files.getLastModifiedTime(archive(cache))).isNotEqualTo(made);
    }
}
