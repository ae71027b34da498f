package dabiao.engine;

import dabiao.Fixture;
import dabiao.cache.CacheFile;
import dabiao.diagnostics.InputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The rule cache: keyed by content, never stale, never an error. */
class RuleCacheTest {

    @TempDir
    Path dir;
    Fixture fixture;
    Path cache;

    @BeforeEach
    void setUp() {
        fixture = Fixture.in(dir);
        cache = dir.resolve("cache");
    }

    private RuleBase.Origin compile() {
        return RuleBase.compile(fixture.rules(), cache).origin();
    }

    private List<Path> entries() throws Exception {
        try (Stream<Path> files = Files.list(cache)) {
            return files.sorted().toList();
        }
    }

    @Test
    void firstRun_fillsTheCache_andTheSecondHitsIt() throws Exception {
        assertThat(compile()).isEqualTo(RuleBase.Origin.CACHE_FILLED);
        assertThat(entries()).singleElement().satisfies(p -> assertThat(p.getFileName().toString()).matches("rules-[0-9a-f]{64}\\.kjar"));
        assertThat(compile()).isEqualTo(RuleBase.Origin.CACHE_HIT);
    }

    @Test
    void cachedRules_declareTheSameTargetsAsCompiledOnes() {
        var catalog = dabiao.input.CatalogReader.read(fixture.indicators().resolve("catalog.yaml"), "catalog.yaml");
        RuleBase.compile(fixture.rules(), cache);
        RuleBase cached = RuleBase.compile(fixture.rules(), cache).withTargets(catalog);
        assertThat(cached.targets()).isEqualTo(RuleBase.load(fixture.rules(), catalog).targets());
    }

    @Test
    void aChangedRuleFile_misses() throws Exception {
        compile();
        Path file = Files.list(fixture.rules()).filter(p -> p.toString().endsWith(".drl")).findFirst().orElseThrow();
        Files.writeString(file, Files.readString(file) + "\n// edited\n");
        assertThat(compile()).isEqualTo(RuleBase.Origin.CACHE_FILLED);
        assertThat(entries()).hasSize(2);
    }

    @Test
    void aCorruptCacheFile_isReplaced() throws Exception {
        compile();
        Path entry = entries().get(0);
        Files.write(entry, "not a kjar".getBytes(StandardCharsets.UTF_8));
        assertThat(compile()).isEqualTo(RuleBase.Origin.CACHE_FILLED);
        assertThat(compile()).isEqualTo(RuleBase.Origin.CACHE_HIT);
    }

    @Test
    void anEntryThatChecksButIsNoExecutableModel_isAMissAndReplaced() throws Exception {
        compile();
        Path entry = entries().get(0);
        String key = entry.getFileName().toString().replaceAll("^rules-|\\.kjar$", "");
        // Whole and of the right key, but not a kjar: as a file from a foreign or broken writer would be.
        new CacheFile(cache, entry.getFileName().toString(), key).write(new byte[] {'P', 'K', 3, 4, 0, 0});
        assertThat(compile()).isEqualTo(RuleBase.Origin.CACHE_FILLED);
        assertThat(compile()).isEqualTo(RuleBase.Origin.CACHE_HIT);
    }

    @Test
    void anUnwritableCacheFolder_compilesTheDrl() throws Exception {
        Files.writeString(cache, "a file where the folder should be");
        assertThat(compile()).isEqualTo(RuleBase.Origin.DRL);
    }

    @Test
    void noCacheFolder_compilesTheDrl() {
        assertThat(RuleBase.compile(fixture.rules(), null).origin()).isEqualTo(RuleBase.Origin.DRL);
    }

    @Test
    void aCompileError_readsTheSameWithAndWithoutTheCache() {
        fixture.write("rules/broken.drl", """
                package targets.broken;
                import dabiao.model.Scope;
                rule "unfinished"
                when
                    Scope(code ==
                then
                end
                """);
        InputException plain = catchThrowableOfType(InputException.class, () -> RuleBase.compile(fixture.rules()));
        InputException cached = catchThrowableOfType(InputException.class, () -> RuleBase.compile(fixture.rules(), cache));
        assertThat(cached.problems()).isNotEmpty().isEqualTo(plain.problems());
        assertThat(cached.problems().get(0).where().file()).endsWith("broken.drl");
        assertThat(cache).satisfiesAnyOf(c -> assertThat(c).doesNotExist(), c -> assertThat(c).isEmptyDirectory());
    }
}
