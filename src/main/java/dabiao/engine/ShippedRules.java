package dabiao.engine;

import dabiao.diagnostics.InputException;
import dabiao.model.Sha256;
import org.kie.api.KieBase;
import org.kie.api.KieServices;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compiled rules that travel to other JVMs, such as a Spark job's executors: the rules' executable model as
 * kjar bytes, built once by the JVM that reads the rules folder (through the rule cache), with the rules
 * files' texts, under the rules' digest ({@link RuleKey}). A JVM that receives them loads the model
 * without compiling anything; within one JVM a model is loaded once ({@link Memo}).
 */
public final class ShippedRules implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String digest;
    private final byte[] kjar;
    /** Each rules file as shown in messages, and its text (the targets are read from them, with their lines). */
    private final List<String> displays;
    private final List<String> texts;

    private ShippedRules(String digest, byte[] kjar, List<String> displays, List<String> texts) {
        this.digest = digest;
        this.kjar = kjar;
        this.displays = List.copyOf(displays);
        this.texts = List.copyOf(texts);
    }

    /**
     * The rules of {@code folder} as an executable model: loaded from the rule cache in {@code cache} (null:
     * none), or built and stored there.
     *
     * @throws InputException listing every compile error, worded as without the cache
     */
    public static ShippedRules build(Path folder, Path cache) {
        Objects.requireNonNull(folder, "folder must not be null");
        RuleSources sources = RuleSources.read(folder);
        RuleKey key = RuleKey.of(sources.texts());
        if (key == null) {
            // Built without a build id (an IDE): the texts alone name the rules within this run.
            key = new RuleKey(Sha256.hex(String.join("\u0000", sources.texts().values()).getBytes(StandardCharsets.UTF_8)));
        }
        byte[] kjar = cache == null ? RuleCache.modelWithoutCache(key, sources) : new RuleCache(cache, key).model(sources);
        if (kjar == null) {
            // The executable model's build says nothing a person can act on: the DRL compiler names the errors.
            RuleBase.compileDrl(sources);
            throw new IllegalStateException("the rules compile, but Drools built no executable model of them");
        }
        List<String> displays = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        sources.files().forEach(f -> {
            displays.add(f.display());
            texts.add(f.text());
        });
        return new ShippedRules(key.hex(), kjar, displays, texts);
    }

    /** The digest of everything the compiled rules depend on: equal digests, equal rules. */
    public String digest() {
        return digest;
    }

    /** The compiled rules, their targets not yet read (see {@link RuleBase.Compiled#withTargets}). */
    public RuleBase.Compiled load() {
        RuleKey key = new RuleKey(digest);
        KieBase kieBase = Memo.loaded(kjar, () -> ExecutableModel.load(KieServices.get(), RuleCache.release(key), kjar));
        if (kieBase == null) {
            throw new IllegalStateException("the shipped rules " + digest + " hold no executable model");
        }
        List<DrlFile> files = new ArrayList<>();
        for (int i = 0; i < displays.size(); i++) {
            files.add(DrlFile.parse(texts.get(i), displays.get(i)));
        }
        return new RuleBase.Compiled(kieBase, files, RuleBase.Origin.SHIPPED);
    }
}
