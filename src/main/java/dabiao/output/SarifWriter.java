package dabiao.output;

import dabiao.diagnostics.Locations;
import dabiao.diagnostics.Messages;
import dabiao.engine.Labels;
import dabiao.engine.Wording;
import dabiao.model.Catalog;
import dabiao.model.Lang;
import dabiao.model.Report;
import dabiao.model.Sha256;
import dabiao.model.SourceRef;
import dabiao.model.Target;
import dabiao.model.Verdict;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * {@code --format sarif}: SARIF 2.1.0 for code scanning. One rule per target, with the policy sentence
 * and its provenance as help; one result per verdict at or past {@code --fail-on}.
 *
 * <p>GitHub identifies an alert by its rule, the file of its primary location and the
 * {@code primaryLocationLineHash} fingerprint. The figure a verdict rests on moves to a new snapshot file
 * every quarter, so a result located there would close and reopen as a new alert each quarter, losing
 * its dismissal. The primary location is therefore the target's rule in {@code rules/}, which does not
 * move with the data, and {@code primaryLocationLineHash} is derived from the verdict's key (target,
 * scope, a quota's year) rather than from the line's text, so every scope is its own alert and an edit
 * to the rule file does not re-identify it. The figure's snapshot line is a related location. Paths are
 * relative to the working directory under {@code %SRCROOT%}, however they were passed.
 */
public final class SarifWriter implements ReportWriter {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String VERSION = "0.1.0";
    /** The base of every artifact URI: the working directory, where code scanning checks the repository out. */
    static final String SRCROOT = "%SRCROOT%";

    private final WriterOptions options;

    public SarifWriter(WriterOptions options) {
        this.options = options;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        LinkedHashSet<Target> unique = new LinkedHashSet<>();
        report.verdicts().forEach(v -> unique.add(v.target()));
        List<Target> targets = new ArrayList<>(unique);
        targets.sort(VerdictGrid.RULE_ORDER);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            index.put(targets.get(i).id(), i);
        }
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "dabiao");
            g.writeStringField("version", VERSION);
            g.writeStringField("semanticVersion", VERSION);
            g.writeArrayFieldStart("rules");
            for (Target t : targets) {
                rule(g, t, report.catalog());
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeStringField("columnKind", "unicodeCodePoints");
            g.writeArrayFieldStart("results");
            for (Verdict v : report.verdicts()) {
                if (options.fails(v)) {
                    result(g, v, index.get(v.target().id()));
                }
            }
            g.writeEndArray();
            g.writeObjectFieldStart("properties");
            g.writeStringField("as_of", report.asOf().toString());
            g.writeStringField("fail_on", options.failOn() == null ? "never" : options.failOn().id());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write("\n");
    }

    private void rule(JsonGenerator g, Target t, Catalog catalog) throws IOException {
        Lang lang = options.lang();
        String indicator = catalog.find(t.indicator()).map(i -> i.name(lang)).orElse(t.indicator());
        String requirement = indicator + " " + Wording.requirement(t, catalog, lang);
        String deadline = Labels.deadline(t.deadline(), lang);
        String source = t.source() == null ? "" : t.source().toString();
        g.writeStartObject();
        g.writeStringField("id", t.id());
        text(g, "shortDescription", t.title(lang));
        text(g, "fullDescription", t.provenance().wording());
        g.writeObjectFieldStart("help");
        g.writeStringField("text", Messages.get(lang, "sarif.help", t.provenance().document(), t.provenance().clause(),
                t.provenance().wording(), requirement, deadline, t.rule(), source));
        g.writeStringField("markdown", Messages.get(lang, "sarif.help-markdown",
                MarkdownWriter.escape(t.provenance().document()), MarkdownWriter.escape(t.provenance().clause()),
                MarkdownWriter.escape(t.provenance().wording()), MarkdownWriter.escape(requirement), deadline,
                MarkdownWriter.escape(t.rule()), source));
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", "error");
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("document", t.provenance().document());
        g.writeStringField("clause", t.provenance().clause());
        g.writeStringField("indicator", t.indicator());
        g.writeStringField("deadline", t.deadline().toString());
        g.writeArrayFieldStart("tags");
        g.writeString("dabiao");
        g.writeString(t.provenance().document());
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private void result(JsonGenerator g, Verdict v, int ruleIndex) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", v.target().id());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("kind", "fail");
        g.writeStringField("level", "error");
        SourceRef rule = v.target().source();
        SourceRef figure = Where.of(v);
        SourceRef primary = rule != null ? rule : figure;
        boolean related = figure != null && figure != primary;
        String figureWords = Messages.get(options.lang(), "sarif.figure",
                v.assessment().latest() == null ? "" : v.assessment().latest().period());
        // An embedded link "[text](1)" is how a SARIF message points at its related location 1.
        text(g, "message", v.scope().name() + " " + v.scope().code()
                + (v.year() == null ? "" : " · " + v.year()) + " · " + v.status().label(options.lang())
                + " · " + v.reason().in(options.lang())
                + (related ? " · " + figureWords + " [" + linkText(Locations.relative(figure).toString()) + "](1)" : ""));
        if (primary != null) {
            g.writeArrayFieldStart("locations");
            location(g, primary, null, null);
            g.writeEndArray();
        }
        if (related) {
            g.writeArrayFieldStart("relatedLocations");
            location(g, figure, 1, figureWords);
            g.writeEndArray();
        }
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField("dabiaoVerdict/v1", v.key());
        g.writeStringField("primaryLocationLineHash", lineHash(v.key()));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("status", v.status().id());
        g.writeStringField("scope", v.scope().code());
        if (v.year() != null) {
            g.writeStringField("year", v.year().toString());
        }
        Json.number(g, "pace_ratio", v.assessment().paceRatio());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void location(JsonGenerator g, SourceRef where, Integer id, String message) throws IOException {
        g.writeStartObject();
        if (id != null) {
            g.writeNumberField("id", id);
        }
        if (message != null) {
            text(g, "message", message);
        }
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", SourceLinks.uri(Locations.relative(where.file())));
        g.writeStringField("uriBaseId", SRCROOT);
        g.writeEndObject();
        if (where.line() > 0) {
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", where.line());
            if (where.column() > 0) {
                g.writeNumberField("startColumn", where.column());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Text inside an embedded link, where SARIF reads [ and ] as the link's own. */
    private static String linkText(String text) {
        return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }

    /**
     * GitHub's fingerprint of an alert's place in its file, in its own shape ({@code hex:occurrence}),
     * taken from the verdict's key so that it stays put while the rule file is edited around it.
     */
    static String lineHash(String key) {
        return Sha256.hex(key.getBytes(StandardCharsets.UTF_8)).substring(0, 16) + ":1";
    }

    private static void text(JsonGenerator g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }
}
