package dabiao.engine;

import dabiao.cache.CacheFile;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.ReleaseId;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The compiled rules of one {@link RuleKey} in the cache folder, as an executable model. Nothing here is
 * ever an error of the run: a file that does not check or does not load is deleted and is a miss, and a
 * module that cannot be built or stored leaves the run to the DRL compiler.
 */
final class RuleCache {

    private final Path folder;
    private final RuleKey key;
    private final CacheFile file;

    RuleCache(Path folder, RuleKey key) {
        this.folder = folder;
        this.key = key;
        this.file = new CacheFile(folder, "rules-" + key.hex() + ".kjar", key.hex());
    }

    /** The stored rule base, or null on a miss. */
    KieBase load() {
        Memo.Built stored = stored();
        return stored == null ? null : stored.kieBase();
    }

    /** The stored executable model with its rule base, or null when there is none or it does not load (it is then deleted). */
    private Memo.Built stored() {
        byte[] kjar = file.read();
        if (kjar == null) {
            return null;
        }
        KieBase loaded;
        try {
            loaded = Memo.loaded(kjar, () -> ExecutableModel.load(KieServices.get(), release(key), kjar));
        } catch (RuntimeException | LinkageError e) {
            loaded = null;
        }
        if (loaded == null) {
            file.delete();
            return null;
        }
        return new Memo.Built(kjar, loaded);
    }

    /**
     * Builds the executable model of {@code sources} and stores it; null when the folder cannot be written
     * (a DRL compile is then the cheaper way to run) or the build reports errors (the DRL compiler then
     * reports them as without the cache).
     */
    KieBase fill(RuleSources sources) {
        if (!writable()) {
            return null;
        }
        Memo.Built built = Memo.built(key, () -> build(key, sources));
        if (built == null) {
            return null;
        }
        store(built.kjar());
        return built.kieBase();
    }

    /**
     * The executable model's kjar bytes, for another JVM to load: the stored ones, else built now and stored
     * where the folder can be written (a JVM that needs the bytes has no cheaper way); null when the build
     * reports errors or cannot be made.
     */
    byte[] model(RuleSources sources) {
        Memo.Built stored = stored();
        if (stored != null) {
            return stored.kjar();
        }
        Memo.Built built = Memo.built(key, () -> build(key, sources));
        if (built == null) {
            return null;
        }
        if (writable()) {
            store(built.kjar());
        }
        return built.kjar();
    }

    /** As {@link #model}, with no cache folder: built in memory and stored nowhere. */
    static byte[] modelWithoutCache(RuleKey key, RuleSources sources) {
        Memo.Built built = Memo.built(key, () -> build(key, sources));
        return built == null ? null : built.kjar();
    }

    private void store(byte[] kjar) {
        try {
            file.write(kjar);
        } catch (IOException e) {
            // Not stored: this run still has its rules, the next one builds them again.
        }
    }

    /** The executable model of {@code sources}, or null when Drools reports errors or cannot build one. */
    private static Memo.Built build(RuleKey key, RuleSources sources) {
        KieServices ks = KieServices.get();
        ReleaseId release = release(key);
        // Whatever fails here (a Drools error, a missing code generator class) falls back to the DRL
        // compiler, which then reports the rules' own problems as usual.
        try {
            KieBuilder builder = RuleBase.build(() -> ExecutableModel.build(ks, sources.fileSystem(ks, release)));
            byte[] kjar = sources.problems(builder.getResults()).isEmpty() ? ExecutableModel.bytes(builder) : null;
            if (kjar == null) {
                return null;
            }
            KieBase kieBase = ks.newKieContainer(release).getKieBase();
            return new Memo.Built(kjar, Memo.loaded(kjar, () -> kieBase));
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    private boolean writable() {
        try {
            Files.createDirectories(folder);
            return Files.isWritable(folder);
        } catch (IOException e) {
            return false;
        }
    }

    /** The module's identity comes from the key: a stored module can only ever be loaded as its own rules. */
    static ReleaseId release(RuleKey key) {
        return KieServices.get().newReleaseId("dabiao.rules", "rules-" + key.hex(), "1.0.0");
    }
}
