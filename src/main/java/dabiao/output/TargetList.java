package dabiao.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dabiao.engine.Labels;
import dabiao.engine.Wording;
import dabiao.diagnostics.Messages;
import dabiao.model.Catalog;
import dabiao.model.Indicator;
import dabiao.model.Lang;
import dabiao.model.Scope;
import dabiao.model.ScopeLevel;
import dabiao.model.Target;

import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Writes the list of targets ({@code dabiao targets}) as a table or as JSON. */
public final class TargetList {

    private final Catalog catalog;
    private final Lang lang;

    public TargetList(Catalog catalog, Lang lang) {
        this.catalog = catalog;
        this.lang = lang;
    }

    /** A JSON array, one object per target, with the scopes its rule selects. */
    public void json(Map<Target, List<Scope>> targets, Writer out) throws IOException {
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartArray();
            for (Map.Entry<Target, List<Scope>> e : targets.entrySet()) {
                Target t = e.getKey();
                Indicator i = catalog.get(t.indicator());
                g.writeStartObject();
                g.writeStringField("id", t.id());
                g.writeStringField("rule", t.rule());
                g.writeStringField("document", t.provenance().document());
                g.writeStringField("clause", t.provenance().clause());
                g.writeStringField("wording", t.provenance().wording());
                g.writeObjectFieldStart("title");
                g.writeStringField("zh", t.title());
                g.writeStringField("en", t.titleEn());
                g.writeEndObject();
                g.writeStringField("indicator", t.indicator());
                g.writeStringField("form", t.form().word());
                g.writeStringField("comparison", t.requirement().comparison().words());
                Json.number(g, "value", t.requirement().value());
                g.writeObjectFieldStart("unit");
                g.writeStringField("zh", i.unit());
                g.writeStringField("en", i.unitEn());
                g.writeEndObject();
                g.writeStringField("start", t.start() == null ? null : t.start().toString());
                g.writeStringField("deadline", t.deadline().toString());
                scope(g, t, e.getValue());
                g.writeStringField("source", t.source() == null ? null : t.source().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        out.write("\n");
    }

    private static void scope(JsonGenerator g, Target t, List<Scope> scopes) throws IOException {
        g.writeObjectFieldStart("scope");
        g.writeStringField("level", scopes.isEmpty() ? "none" : finest(scopes).word());
        g.writeStringField("named", t.named() == null ? null : t.named().word());
        g.writeArrayFieldStart("regions");
        for (String region : scopes.stream().map(Scope::region).distinct().toList()) {
            g.writeString(region);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("codes");
        for (Scope s : scopes) {
            g.writeString(s.code());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** One block per target: id and provenance, then what it requires of whom. */
    public void table(Map<Target, List<Scope>> targets, Map<String, String> regionNames, Writer out) throws IOException {
        for (Map.Entry<Target, List<Scope>> e : targets.entrySet()) {
            Target t = e.getKey();
            Indicator i = catalog.get(t.indicator());
            out.write(t.id() + "  " + t.provenance().document() + t.provenance().clause() + "  " + t.title(lang) + "\n");
            out.write("    " + i.name(lang) + " (" + t.indicator() + ") " + Wording.requirement(t, catalog, lang)
                    + ", " + Labels.form(t.form(), lang)
                    + ", " + Labels.deadline(t.deadline(), lang) + ", " + scopeText(e.getValue(), regionNames) + "\n");
            out.write("    " + t.provenance().wording() + "\n");
        }
        out.write(Messages.get(lang, "targets.count", targets.size()) + "\n");
    }

    private String scopeText(List<Scope> scopes, Map<String, String> regionNames) {
        if (scopes.isEmpty()) {
            return Messages.get(lang, "targets.scope-none");
        }
        String region = scopes.get(0).region();
        String name = regionNames.getOrDefault(region, region);
        ScopeLevel finest = finest(scopes);
        if (finest.unit()) {
            return Messages.get(lang, "targets.scope-units." + finest.word(), name,
                    scopes.stream().filter(s -> s.level() == finest).count());
        }
        long districts = scopes.stream().filter(Scope::district).count();
        if (districts == 0) {
            return name;
        }
        boolean withRegion = scopes.stream().anyMatch(Scope::wholeRegion);
        return Messages.get(lang, withRegion ? "targets.scope-region-and-districts" : "targets.scope-districts",
                name, districts);
    }

    /** The lowest level among a target's scopes: what JSON's scope.level says it is judged on. */
    private static ScopeLevel finest(List<Scope> scopes) {
        return scopes.stream().map(Scope::level).max(Comparator.naturalOrder()).orElse(ScopeLevel.REGION);
    }
}
