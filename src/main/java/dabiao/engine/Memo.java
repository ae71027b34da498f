package dabiao.engine;

import dabiao.cache.CacheFile;
import org.kie.api.KieBase;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rule bases already compiled or loaded in this JVM, by the digest of what they were made from: a JVM that
 * runs the command line many times (the test suite) compiles each distinct rule set once. A command run
 * from the shell compiles once anyway. A cache file is still read and checked before its memo is used,
 * so the cache behaves the same with or without it.
 */
final class Memo {

    private static final int SIZE = 32;
    private static final Map<String, KieBase> BASES = new LinkedHashMap<>(SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, KieBase> eldest) {
            return size() > SIZE;
        }
    };

    private Memo() {
    }

    /** The rule base compiled from the DRL of {@code sources}. */
    static KieBase compiled(RuleSources sources, Supplier<KieBase> compile) {
        StringBuilder all = new StringBuilder();
        sources.texts().forEach((path, text) -> all.append(path.length()).append(':').append(path)
                .append(text.length()).append(':').append(text));
        return get("drl " + CacheFile.sha256(all.toString().getBytes(StandardCharsets.UTF_8)), compile);
    }

    /** The rule base of an executable model's kjar bytes. */
    static KieBase loaded(byte[] kjar, Supplier<KieBase> load) {
        return get("kjar " + CacheFile.sha256(kjar), load);
    }

    private static KieBase get(String key, Supplier<KieBase> make) {
        synchronized (BASES) {
            KieBase known = BASES.get(key);
            if (known != null) {
                return known;
            }
        }
        KieBase made = make.get();
        if (made != null) {
            synchronized (BASES) {
                BASES.putIfAbsent(key, made);
            }
        }
        return made;
    }
}
