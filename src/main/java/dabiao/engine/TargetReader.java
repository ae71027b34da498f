package dabiao.engine;

import dabiao.diagnostics.Problem;
import dabiao.diagnostics.Suggestions;
import dabiao.model.Catalog;
import dabiao.model.Indicator;
import dabiao.model.Period;
import dabiao.model.Provenance;
import dabiao.model.Requirement;
import dabiao.model.ScopeLevel;
import dabiao.model.SourceRef;
import dabiao.model.Target;
import dabiao.model.TargetForm;
import org.kie.api.definition.rule.Rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the targets that rules declare in their metadata ({@code @id}, {@code @document},
 * {@code @require}, …), checking each against the catalog, and collecting every problem with the
 * file and line of the offending entry.
 */
final class TargetReader {

    static final List<String> REQUIRED = List.of("id", "document", "clause", "wording", "title", "titleEn",
            "indicator", "require", "deadline");

    private final Catalog catalog;
    private final Collection<DrlFile> files;
    private final List<Problem> problems = new ArrayList<>();

    TargetReader(Catalog catalog, Collection<DrlFile> files) {
        this.catalog = catalog;
        this.files = files;
    }

    List<Problem> problems() {
        return problems;
    }

    /** The targets keyed by {@link RuleBase#key(String, String)}, in file and line order. */
    Map<String, Target> read(List<Rule> rules) {
        Map<String, Target> targets = new LinkedHashMap<>();
        Map<String, Target> byId = new HashMap<>();
        List<Rule> ordered = new ArrayList<>(rules);
        ordered.sort(Comparator.comparing((Rule r) -> fileOf(r).display(), SourceRef.FILE_ORDER).thenComparing(r -> lineOf(r)));
        for (Rule rule : ordered) {
            Target t = target(rule, fileOf(rule));
            if (t == null) {
                continue;
            }
            Target same = byId.putIfAbsent(t.id(), t);
            if (same != null) {
                problems.add(Problem.error(fileOf(rule).metadataAt(rule.getName(), "id"), "rules.duplicate-id",
                        t.id(), same.source()));
                continue;
            }
            targets.put(RuleBase.key(rule.getPackageName(), rule.getName()), t);
        }
        return targets;
    }

    private Target target(Rule rule, DrlFile file) {
        Map<String, Object> meta = rule.getMetaData();
        String name = rule.getName();
        int before = problems.size();
        for (String key : REQUIRED) {
            Object v = meta.get(key);
            if (v == null || v.toString().isBlank()) {
                problems.add(Problem.error(file.ruleAt(name) == null ? SourceRef.of(file.display()) : file.ruleAt(name),
                        "rules.metadata-missing", name, key));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        String indicator = text(meta, "indicator");
        if (!catalog.contains(indicator)) {
            List<String> close = Suggestions.closest(indicator, catalog.indicators().stream().map(Indicator::code).toList());
            problems.add(Problem.error(file.metadataAt(name, "indicator"), "rules.unknown-indicator", indicator,
                    close.isEmpty() ? "-" : String.join(", ", close)));
        }
        if (!text(meta, "id").matches("[a-z0-9][a-z0-9-]*")) {
            problems.add(Problem.error(file.metadataAt(name, "id"), "rules.bad-id", text(meta, "id")));
        }
        Requirement requirement = parse(() -> Requirement.parse(text(meta, "require")), file, name, "require");
        Period deadline = parse(() -> Period.parse(text(meta, "deadline")), file, name, "deadline");
        Period start = meta.get("start") == null ? null
                : parse(() -> Period.parse(text(meta, "start")), file, name, "start");
        TargetForm form = meta.get("form") == null ? TargetForm.LEVEL : TargetForm.byWord(text(meta, "form"));
        if (form == null) {
            problems.add(Problem.error(file.metadataAt(name, "form"), "rules.bad-form", text(meta, "form")));
        }
        if (form != null && deadline != null && (start != null || meta.get("start") == null)) {
            for (Form.Flaw flaw : Form.of(form).flaws(start, deadline, catalog.find(indicator).orElse(null))) {
                problems.add(Problem.error(file.metadataAt(name, "start"), flaw.key(), flaw.args()));
            }
        }
        ScopeLevel named = meta.get("level") == null ? null : ScopeLevel.byWord(text(meta, "level"));
        if (meta.get("level") != null && named == null) {
            problems.add(Problem.error(file.metadataAt(name, "level"), "rules.bad-level", text(meta, "level")));
        }
        int calls = file.consequence(name).split("\\bapplies\\s*\\(", -1).length - 1;
        if (calls != 1) {
            problems.add(Problem.error(file.ruleAt(name), "rules.applies-count", name, calls));
        }
        if (problems.size() > before) {
            return null;
        }
        return new Target(text(meta, "id"), name,
                new Provenance(text(meta, "document"), text(meta, "clause"), text(meta, "wording")),
                text(meta, "title"), text(meta, "titleEn"), indicator, requirement, form, start, deadline,
                named, file.ruleAt(name));
    }

    private <T> T parse(java.util.function.Supplier<T> parser, DrlFile file, String rule, String key) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error(file.metadataAt(rule, key), "rules.bad-metadata", key, e.getMessage()));
            return null;
        }
    }

    private static String text(Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        return v == null ? null : v.toString().strip();
    }

    private DrlFile fileOf(Rule rule) {
        for (DrlFile f : files) {
            if (f.packageName().equals(rule.getPackageName()) && f.ruleAt(rule.getName()) != null) {
                return f;
            }
        }
        throw new IllegalStateException("rule " + rule.getName() + " not found in any rules file");
    }

    private int lineOf(Rule rule) {
        return fileOf(rule).ruleAt(rule.getName()).line();
    }
}
