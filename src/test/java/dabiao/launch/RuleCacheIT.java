package dabiao.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule cache of the built jar, across processes, found through DABIAO_CACHE. */
class RuleCacheIT {

    @TempDir
    Path home;

    private String[] json() throws Exception {
        // One bundled rules file, to keep the builds short: two of them compete for the same cores.
        Path rules = Files.createDirectories(home.resolve("rules"));
        Files.copy(Jar.ROOT.resolve("rules/sh-service-consumption-2027.drl"), rules.resolve("consumption.drl"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return new String[] {"evaluate", "--rules", rules.toString(), "--fail-on", "never", "--format", "json", "--timings"};
    }

    private long kjars() throws Exception {
        try (Stream<Path> files = Files.list(home.resolve("cache"))) {
            return files.filter(p -> p.toString().endsWith(".kjar")).count();
        }
    }

    @Test
    void twoProcessesFillingTheCacheAtOnce_bothSucceed_andTheNextHits_withTheJsonOfAnUncachedRun() throws Exception {
        String[] json = json();
        Jar.Started a = Jar.java(home, json);
        Jar.Started b = Jar.java(home, json);
        Jar.Run first = a.await();
        Jar.Run second = b.await();
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(kjars()).isEqualTo(1);
        try (Stream<Path> files = Files.list(home.resolve("cache"))) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("."))).as("no temporary file left").isEmpty();
        }
        Jar.Run hit = Jar.java(home, json).await();
        assertThat(hit.err()).contains("timing rules-cached 1");
        assertThat(hit.out()).isEqualTo(first.out());
        Jar.Run uncached = Jar.java(home, concat("--no-cache", json)).await();
        assertThat(uncached.err()).contains("timing rules-cached 0");
        assertThat(uncached.out()).contains("\"verdicts\"").isEqualTo(hit.out());
    }

    static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
