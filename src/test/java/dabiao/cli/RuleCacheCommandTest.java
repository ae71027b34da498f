package dabiao.cli;

import dabiao.Fixture;
import dabiao.SnapshotYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule cache on the command line: --cache, --no-cache, and the same results either way. */
class RuleCacheCommandTest {

    @TempDir
    Path dir;

    /** A workspace with the fixture rules and one snapshot. */
    private Fixture workspace() {
        Fixture fixture = Fixture.in(dir);
        fixture.snapshot("shanghai/2023-Q2.yaml", new SnapshotYaml("2023-Q2")
                .district("310101", "resident_population", 1000000, "childcare_places", 3800).text());
        return fixture;
    }

    private static long entries(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void secondRun_hitsTheCache() throws Exception {
        workspace();
        Path cache = dir.resolve("cache");
        Cli.Run first = Cli.evaluate(dir, "--cache", cache.toString(), "--timings", "--fail-on", "never");
        Cli.Run second = Cli.evaluate(dir, "--cache", cache.toString(), "--timings", "--fail-on", "never");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).contains("timing rules-cached 0");
        assertThat(second.err()).contains("timing rules-cached 1");
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(entries(cache)).isEqualTo(1);
    }

    @Test
    void noCache_neitherReadsNorWrites() throws Exception {
        workspace();
        Path cache = dir.resolve("cache");
        Cli.Run r = Cli.run(dir, "--no-cache", "evaluate", "--rules", "rules", "--indicators", "indicators",
                "--cache", cache.toString(), "--timings", "--fail-on", "never");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("timing rules-cached 0");
        assertThat(entries(cache)).isZero();
    }

    @Test
    void rulesCheck_leavesTheCacheAlone() throws Exception {
        Fixture.in(dir);
        Path cache = dir.resolve("cache");
        assertThat(Cli.run(dir, "rules", "check", "--rules", "rules", "--indicators", "indicators",
                "--cache", cache.toString()).exitCode()).isZero();
        assertThat(entries(cache)).isZero();
    }

    @Test
    void aCompileError_isReportedTheSameWithAndWithoutTheCache() {
        Fixture fixture = Fixture.in(dir);
        fixture.write("rules/broken.drl", RulesCheckCommandTest.HEAD + """
                rule "unfinished"
                when
                    Scope(code ==
                then
                end
                """);
        Path cache = dir.resolve("cache");
        Cli.Run cached = Cli.evaluate(dir, "--cache", cache.toString(), "--lang", "en");
        Cli.Run plain = Cli.evaluate(dir, "--no-cache", "--lang", "en");
        assertThat(cached.exitCode()).isEqualTo(2).isEqualTo(plain.exitCode());
        assertThat(cached.err()).contains("broken.drl:").isEqualTo(plain.err());
    }

    @Test
    void bundledData_jsonIsByteIdenticalCachedAndUncached() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Path cache = dir.resolve("cache");
        String[] json = {"evaluate", "--fail-on", "never", "--format", "json"};
        Cli.Run uncached = Cli.run(root, concat("--no-cache", json));
        Cli.Run filling = Cli.run(root, concat("--cache=" + cache, json));
        Cli.Run hit = Cli.run(root, concat("--cache=" + cache, json));
        assertThat(uncached.exitCode()).isZero();
        assertThat(uncached.out()).contains("\"verdicts\"");
        assertThat(filling.out()).isEqualTo(uncached.out());
        assertThat(hit.out()).isEqualTo(uncached.out());
        assertThat(hit.err()).isEqualTo(uncached.err());
    }

    private static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
