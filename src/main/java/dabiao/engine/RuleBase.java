package dabiao.engine;

import dabiao.diagnostics.InputException;
import dabiao.diagnostics.Problem;
import dabiao.model.Catalog;
import dabiao.model.SourceRef;
import dabiao.model.Target;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.ConsequenceException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The compiled rules: every target rule of the rules folder, read at run time, and the bundled
 * methodology. Loading fails with every problem located (file:line) when a rule does not compile or a
 * target is declared wrongly.
 */
public final class RuleBase {

    static final String METHODOLOGY = "dabiao/methodology.drl";
    static final String METHODOLOGY_PACKAGE = "dabiao.methodology";

    private final KieBase kieBase;
    private final List<Target> targets;
    private final Map<String, Target> byRule;

    private RuleBase(KieBase kieBase, Map<String, Target> byRule) {
        this.kieBase = kieBase;
        this.targets = List.copyOf(byRule.values());
        this.byRule = Map.copyOf(byRule);
    }

    /** @throws InputException listing every compile error and every badly declared target */
    public static RuleBase load(Path folder, Catalog catalog) {
        return compile(folder).withTargets(catalog);
    }

    /**
     * The first, slow half of {@link #load}: the rules compiled from their DRL, their targets not yet read.
     * It needs no catalog, so it can run while the snapshots are read. No cache is read or written.
     *
     * @throws InputException listing every compile error
     */
    public static Compiled compile(Path folder) {
        return compile(folder, null);
    }

    /**
     * As {@link #compile(Path)}, through the rule cache in {@code cache} (null: none). A hit loads the
     * stored executable model and compiles nothing. A miss builds the executable model, uses it for this
     * run and stores it; rules with errors are compiled from their DRL again, so that their errors are
     * reported exactly as without the cache.
     *
     * @throws InputException listing every compile error
     */
    public static Compiled compile(Path folder, Path cache) {
        RuleSources sources = RuleSources.read(folder);
        RuleKey key = cache == null ? null : RuleKey.of(sources.texts());
        if (key != null) {
            RuleCache stored = new RuleCache(cache, key);
            KieBase hit = stored.load();
            if (hit != null) {
                return new Compiled(hit, sources.files(), Origin.CACHE_HIT);
            }
            KieBase filled = stored.fill(sources);
            if (filled != null) {
                return new Compiled(filled, sources.files(), Origin.CACHE_FILLED);
            }
        }
        return new Compiled(Memo.compiled(sources, () -> compileDrl(sources)), sources.files(), Origin.DRL);
    }

    /** Where a run's compiled rules came from. */
    public enum Origin {
        /** Compiled from the DRL: no cache, or one that could not be used. */
        DRL,
        /** Loaded from the rule cache. */
        CACHE_HIT,
        /** Built as an executable model and stored in the rule cache. */
        CACHE_FILLED,
        /** Loaded from an executable model another JVM built and sent ({@link ShippedRules}). */
        SHIPPED
    }

    /** Compiled rules whose targets have not been read yet. */
    public record Compiled(KieBase kieBase, List<DrlFile> files, Origin origin) {

        /** Reads the targets the rules declare, checked against the catalog. */
        public RuleBase withTargets(Catalog catalog) {
            TargetReader reader = new TargetReader(catalog, files);
            Map<String, Target> targets = reader.read(targetRules(kieBase));
            if (!reader.problems().isEmpty()) {
                throw new InputException(reader.problems());
            }
            return new RuleBase(kieBase, targets);
        }
    }

    static KieBase compileDrl(RuleSources sources) {
        KieServices ks = KieServices.get();
        ReleaseId release = ks.newReleaseId("dabiao.rules", "rules-" + UUID.randomUUID(), "1.0.0");
        KieBuilder builder = build(() -> ks.newKieBuilder(sources.fileSystem(ks, release)).buildAll());
        List<Problem> problems = sources.problems(builder.getResults());
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return ks.newKieContainer(release).getKieBase();
    }

    /**
     * Builds with MVEL as the default dialect: every consequence is a single call, and interpreting it
     * saves compiling a Java class per rule. Drools reads this setting only from kmodule.xml (which needs
     * its XML module) or from a system property, so the property is set for the build and restored.
     */
    static synchronized KieBuilder build(java.util.function.Supplier<KieBuilder> build) {
        String key = "drools.dialect.default";
        String before = System.getProperty(key);
        System.setProperty(key, "mvel");
        try {
            return build.get();
        } finally {
            if (before == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, before);
            }
        }
    }

    /** Every target, in the order the rules files declare them. */
    public List<Target> targets() {
        return targets;
    }

    KieSession newSession() {
        return kieBase.newKieSession();
    }

    Map<String, Target> targetsByRule() {
        return byRule;
    }

    /**
     * Fires a session's rules; a target rule that fails while running is bad input (its file and line
     * are named), a methodology rule that fails is a fault of dabiao and is rethrown.
     */
    void fire(KieSession session, AgendaFilter filter) {
        try {
            session.fireAllRules(filter);
        } catch (ConsequenceException e) {
            Rule rule = e.getMatch().getRule();
            if (rule.getPackageName().equals(METHODOLOGY_PACKAGE)) {
                throw e;
            }
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String cause = root.toString().lines().findFirst().orElse(root.getClass().getName());
            throw new InputException(Problem.error(sourceOf(rule), "rules.failed", rule.getName(), cause));
        }
    }

    private SourceRef sourceOf(Rule rule) {
        Target t = byRule.get(key(rule.getPackageName(), rule.getName()));
        return t == null || t.source() == null ? SourceRef.of(rule.getName()) : t.source();
    }

    static String key(String rulePackage, String ruleName) {
        return rulePackage + "/" + ruleName;
    }

    private static List<Rule> targetRules(KieBase kieBase) {
        List<Rule> rules = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            if (!p.getName().equals(METHODOLOGY_PACKAGE)) {
                rules.addAll(p.getRules());
            }
        }
        return rules;
    }
}
