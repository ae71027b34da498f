package dabiao.spark;

import dabiao.data.Divisions;
import dabiao.diagnostics.InputException;
import dabiao.diagnostics.Locations;
import dabiao.diagnostics.Problem;
import dabiao.engine.Evaluator;
import dabiao.engine.RuleBase;
import dabiao.engine.ShippedRules;
import dabiao.input.CatalogReader;
import dabiao.model.Catalog;
import dabiao.model.Sha256;
import dabiao.model.SourceRef;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every task needs to evaluate a region as the CLI does, read and checked once by the driver and
 * broadcast: the compiled rules (an executable model, never compiled again), the catalog's and the
 * divisions' texts. Each executor JVM makes one rule base, catalog and evaluator of it ({@link #loaded()}).
 */
final class Setup implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a JVM made of a setup, by its digest: executors live as long as their application, and so do these. */
    private static final Map<String, Loaded> LOADED = new ConcurrentHashMap<>();

    private final ShippedRules rules;
    private final String catalogText;
    private final String catalogDisplay;
    /** Null for the bundled divisions. */
    private final String divisionsText;
    private final String divisionsDisplay;
    private final String digest;

    /** The rule base with its targets, the catalog and the divisions, as the CLI has them after loading. */
    record Loaded(Catalog catalog, Divisions divisions, Evaluator evaluator) {
    }

    private Setup(ShippedRules rules, String catalogText, String catalogDisplay, String divisionsText,
                  String divisionsDisplay) {
        this.rules = rules;
        this.catalogText = catalogText;
        this.catalogDisplay = catalogDisplay;
        this.divisionsText = divisionsText;
        this.divisionsDisplay = divisionsDisplay;
        this.digest = Sha256.hex(String.join("\u0000", rules.digest(), catalogText,
                divisionsText == null ? "" : divisionsText).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads and checks, on the driver, what the CLI reads before any snapshot: the rules (through the rule
     * cache in {@code cache}, null for none), the catalog and the divisions (null: the bundled list).
     *
     * @throws InputException with every problem of the three, as the CLI words them
     */
    static Setup read(Path rulesFolder, Path cache, Path catalog, Path divisions) {
        List<Problem> problems = new ArrayList<>();
        ShippedRules rules = null;
        String catalogText = null;
        String divisionsText = null;
        try {
            CatalogReader.read(catalog, Locations.display(catalog));
            catalogText = text(catalog);
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        try {
            rules = ShippedRules.build(rulesFolder, cache);
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        try {
            if (divisions != null) {
                Divisions.read(divisions);
                divisionsText = text(divisions);
            }
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Setup setup = new Setup(rules, catalogText, Locations.display(catalog), divisionsText,
                divisions == null ? null : Locations.display(divisions));
        setup.loaded();
        return setup;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(Problem.error(SourceRef.of(Locations.display(file)), "input.unreadable"));
        }
    }

    /**
     * This JVM's rule base, catalog and divisions of this setup, made on first use. On the driver it checks
     * the targets against the catalog; on an executor it loads the shipped model.
     *
     * @throws InputException naming each target declared wrongly
     */
    Loaded loaded() {
        return LOADED.computeIfAbsent(digest, d -> load());
    }

    private Loaded load() {
        Catalog catalog = CatalogReader.parse(catalogText, catalogDisplay);
        Divisions divisions;
        try {
            divisions = divisionsText == null ? Divisions.bundled()
                    : Divisions.read(new StringReader(divisionsText), divisionsDisplay);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RuleBase ruleBase = rules.load().withTargets(catalog);
        return new Loaded(catalog, divisions, new Evaluator(ruleBase, catalog));
    }
}
