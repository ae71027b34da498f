package dabiao.cache;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where dabiao keeps what it can rebuild (the compiled rules, the launcher's class-data archive):
 * {@code --cache DIR}, else {@code DABIAO_CACHE}, else {@code $XDG_CACHE_HOME/dabiao}, else
 * {@code ~/.cache/dabiao}. The launcher {@code bin/dabiao} resolves the same folder the same way.
 */
public final class CacheFolder {

    private CacheFolder() {
    }

    /** The folder for this process's environment and home, {@code option} first when it is given. */
    public static Path resolve(Path option) {
        return resolve(option, System.getenv(), System.getProperty("user.home"));
    }

    static Path resolve(Path option, Map<String, String> env, String home) {
        if (option != null) {
            return option;
        }
        String dabiao = env.get("DABIAO_CACHE");
        if (dabiao != null && !dabiao.isBlank()) {
            return Path.of(dabiao);
        }
        // The XDG base-directory specification: a relative value is invalid and is ignored.
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "dabiao");
        }
        return Path.of(home, ".cache", "dabiao");
    }
}
