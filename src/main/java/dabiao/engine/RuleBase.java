package dabiao.engine;

import dabiao.diagnostics.Locations;
import dabiao.diagnostics.InputException;
import dabiao.diagnostics.Problem;
import dabiao.model.Catalog;
import dabiao.model.SourceRef;
import dabiao.model.Target;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.ConsequenceException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

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
     * The first, slow half of {@link #load}: the rules compiled, their targets not yet read. It needs no
     * catalog, so it can run while the snapshots are read.
     *
     * @throws InputException listing every compile error
     */
    public static Compiled compile(Path folder) {
        List<Path> files = drlFiles(folder);
        Map<String, DrlFile> byKiePath = new LinkedHashMap<>();
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId release = ks.newReleaseId("dabiao.rules", "rules-" + UUID.randomUUID(), "1.0.0");
        kfs.generateAndWritePomXML(release);

        for (Path file : files) {
            DrlFile drl = DrlFile.read(file, Locations.display(file));
            String kiePath = "targets/" + folder.relativize(file).toString().replace('\\', '/');
            byKiePath.put(kiePath, drl);
            kfs.write("src/main/resources/" + kiePath, drl.text());
        }
        kfs.write("src/main/resources/" + METHODOLOGY, methodologyText());
        KieBuilder builder = build(ks, kfs);
        List<Problem> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            // A parse error is followed by a second, empty-handed "Parser returned a null Package".
            if (m.getText() == null || !m.getText().contains("Parser returned a null Package")) {
                problems.add(compileProblem(m, byKiePath));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Compiled(ks.newKieContainer(release).getKieBase(), List.copyOf(byKiePath.values()));
    }

    /** Compiled rules whose targets have not been read yet. */
    public record Compiled(KieBase kieBase, List<DrlFile> files) {

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

    /**
     * Builds with MVEL as the default dialect: every consequence is a single call, and interpreting it
     * saves compiling a Java class per rule. Drools reads this setting only from kmodule.xml (which needs
     * its XML module) or from a system property, so the property is set for the build and restored.
     */
    private static synchronized KieBuilder build(KieServices ks, KieFileSystem kfs) {
        String key = "drools.dialect.default";
        String before = System.getProperty(key);
        System.setProperty(key, "mvel");
        try {
            return ks.newKieBuilder(kfs).buildAll();
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

    private static Problem compileProblem(Message m, Map<String, DrlFile> byKiePath) {
        String path = m.getPath() == null ? "" : m.getPath().replaceFirst("^src/main/resources/", "");
        DrlFile drl = byKiePath.get(path);
        String file = drl == null ? (path.isEmpty() ? "rules" : path) : drl.display();
        String text = m.getText() == null ? "" : m.getText().strip().lines().findFirst().orElse("");
        return Problem.error(new SourceRef(file, Math.max(m.getLine(), 0), Math.max(m.getColumn(), 0)),
                "rules.compile", text);
    }

    private static List<Path> drlFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InputException(Problem.error(SourceRef.of(Locations.display(folder)), "input.not-a-folder"));
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".drl"))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
            if (files.isEmpty()) {
                throw new InputException(Problem.error(SourceRef.of(Locations.display(folder)), "rules.none"));
            }
            return files;
        } catch (IOException e) {
            throw new InputException(Problem.error(SourceRef.of(Locations.display(folder)), "file.unreadable", e.getMessage()));
        }
    }

    private static String methodologyText() {
        try (InputStream in = RuleBase.class.getResourceAsStream("/" + METHODOLOGY)) {
            if (in == null) {
                throw new IllegalStateException(METHODOLOGY + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
