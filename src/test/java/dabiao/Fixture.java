package dabiao;

import dabiao.validation.Loader;
import dabiao.engine.Evaluator;
import dabiao.engine.RuleBase;
import dabiao.data.Divisions;
import dabiao.model.Period;
import dabiao.model.Report;
import dabiao.model.Status;
import dabiao.model.Verdict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A throw-away workspace for tests: {@code indicators/} with the fixture catalog, {@code rules/} with the
 * fixture rules, and snapshots the test writes as YAML text.
 */
public final class Fixture {

    private final Path root;

    private Fixture(Path root) {
        this.root = root;
    }

    /** A workspace in {@code dir} with the fixture catalog and the rules of {@code fixtures/rules}. */
    public static Fixture in(Path dir) {
        return in(dir, "rules");
    }

    /** A workspace with the fixture catalog and the rules of each {@code fixtures/<folder>}. */
    public static Fixture in(Path dir, String... ruleFolders) {
        Fixture f = new Fixture(dir);
        copy(resource("fixtures/catalog.yaml"), dir.resolve("indicators/catalog.yaml"));
        for (String folder : ruleFolders) {
            copyTree(resource("fixtures/" + folder), dir.resolve("rules"));
        }
        return f;
    }

    public Path root() {
        return root;
    }

    public Path indicators() {
        return root.resolve("indicators");
    }

    public Path rules() {
        return root.resolve("rules");
    }

    /** Writes {@code indicators/<path>}; returns its path. */
    public Path snapshot(String path, String yaml) {
        return write("indicators/" + path, yaml);
    }

    /** Writes a file below the workspace. */
    public Path write(String path, String text) {
        Path p = root.resolve(path);
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    public Loader.Loaded load() {
        return Loader.load(List.of(indicators()), Divisions.bundled());
    }

    /** Loads the workspace, compiles its rules and evaluates as of {@code asOf}. */
    public Report evaluate(String asOf) {
        Loader.Loaded in = load();
        RuleBase rules = RuleBase.load(rules(), in.catalog());
        return new Evaluator(rules, in.catalog()).report(in.data(), Period.parse(asOf));
    }

    /** The verdict of {@code target} on {@code scope}; fails when there is not exactly one. */
    public static Verdict verdict(Report report, String target, String scope) {
        return verdict(report, target, scope, null);
    }

    /** The verdict of a yearly quota on {@code scope} for {@code year} (null: a target without years). */
    public static Verdict verdict(Report report, String target, String scope, Integer year) {
        List<Verdict> found = report.verdicts().stream()
                .filter(v -> v.target().id().equals(target) && v.scope().code().equals(scope)
                        && java.util.Objects.equals(v.year(), year)).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " verdicts of " + target + " on " + scope
                    + (year == null ? "" : " in " + year));
        }
        return found.get(0);
    }

    /** Every verdict of {@code target} on {@code scope}, oldest year first. */
    public static List<Verdict> verdicts(Report report, String target, String scope) {
        return report.verdicts().stream()
                .filter(v -> v.target().id().equals(target) && v.scope().code().equals(scope)).toList();
    }

    public static Status status(Report report, String target, String scope) {
        return verdict(report, target, scope).status();
    }

    public static Path resource(String name) {
        try {
            return Path.of(Fixture.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test resource " + name, e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                copy(p, to.resolve(from.relativize(p).toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
