package dabiao.engine;

import dabiao.model.Sha256;

import org.kie.api.KieBase;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rule bases already compiled, built or loaded in this JVM, by the digest of what they were made from: a
 * JVM that runs the command line many times (the test suite) compiles each distinct rule set once. A
 * command run from the shell makes its rules once anyway. A cache file is still read and checked before
 * its memo is used, and a miss still writes its file, so the cache behaves the same with or without it.
 */
final class Memo {

    private static final Lru<KieBase> BASES = new Lru<>();
    private static final Lru<Built> BUILT = new Lru<>();

    /** An executable model built in this JVM: its kjar bytes and its rule base. */
    record Built(byte[] kjar, KieBase kieBase) {
    }

    private Memo() {
    }

    /** The rule base compiled from the DRL of {@code sources}. */
    static KieBase compiled(RuleSources sources, Supplier<KieBase> compile) {
        StringBuilder all = new StringBuilder();
        sources.texts().forEach((path, text) -> all.append(path.length()).append(':').append(path)
                .append(text.length()).append(':').append(text));
        return BASES.get("drl " + Sha256.hex(all.toString().getBytes(StandardCharsets.UTF_8)), compile);
    }

    /** The rule base of an executable model's kjar bytes. */
    static KieBase loaded(byte[] kjar, Supplier<KieBase> load) {
        return BASES.get("kjar " + Sha256.hex(kjar), load);
    }

    /** The executable model of the rules of a {@link RuleKey}. */
    static Built built(RuleKey key, Supplier<Built> build) {
        return BUILT.get(key.hex(), build);
    }

    /** The last few values made, by key; a null value is not kept. */
    private static final class Lru<V> {
        private static final int SIZE = 32;
        private final Map<String, V> values = new LinkedHashMap<>(SIZE, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > SIZE;
            }
        };

        V get(String key, Supplier<V> make) {
            synchronized (values) {
                V known = values.get(key);
                if (known != null) {
                    return known;
                }
            }
            V made = make.get();
            if (made != null) {
                synchronized (values) {
                    values.putIfAbsent(key, made);
                }
            }
            return made;
        }
    }
}
