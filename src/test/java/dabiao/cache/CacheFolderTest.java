package dabiao.cache;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the cache lives: the option, then DABIAO_CACHE, then the XDG folder, then ~/.cache. */
class CacheFolderTest {

    private static final Map<String, String> BOTH = Map.of("DABIAO_CACHE", "/ci/dabiao", "XDG_CACHE_HOME", "/xdg");

    @Test
    void theOption_winsOverTheEnvironment() {
        assertThat(CacheFolder.resolve(Path.of("mine"), BOTH, "/home/u")).isEqualTo(Path.of("mine"));
    }

    @Test
    void dabiaoCache_winsOverXdg() {
        assertThat(CacheFolder.resolve(null, BOTH, "/home/u")).isEqualTo(Path.of("/ci/dabiao"));
    }

    @Test
    void xdgCacheHome_getsAFolderOfItsOwn() {
        assertThat(CacheFolder.resolve(null, Map.of("XDG_CACHE_HOME", "/xdg"), "/home/u")).isEqualTo(Path.of("/xdg/dabiao"));
    }

    @Test
    void nothingSet_orARelativeXdg_isTheHomeCache() {
        assertThat(CacheFolder.resolve(null, Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.cache/dabiao"));
        assertThat(CacheFolder.resolve(null, Map.of("XDG_CACHE_HOME", "rel", "DABIAO_CACHE", ""), "/home/u"))
                .isEqualTo(Path.of("/home/u/.cache/dabiao"));
    }
}
