package dabiao.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dabiao.model.Assessment;
import dabiao.model.Catalog;
import dabiao.model.Indicator;
import dabiao.model.Point;
import dabiao.model.Target;
import dabiao.model.Verdict;

import java.io.IOException;

/** One verdict as a JSON object: the shape {@code dabiao/verdicts/v1} documents. */
final class VerdictJson {

    private VerdictJson() {
    }

    static void write(JsonGenerator g, Verdict v, Catalog catalog) throws IOException {
        Assessment a = v.assessment();
        Target t = v.target();
        g.writeStartObject();
        g.writeStringField("target", t.id());
        g.writeStringField("rule", t.rule());
        g.writeObjectFieldStart("title");
        g.writeStringField("zh", t.title());
        g.writeStringField("en", t.titleEn());
        g.writeEndObject();
        g.writeObjectFieldStart("provenance");
        g.writeStringField("document", t.provenance().document());
        g.writeStringField("clause", t.provenance().clause());
        g.writeStringField("wording", t.provenance().wording());
        g.writeEndObject();
        g.writeStringField("indicator", t.indicator());
        Indicator i = catalog.find(t.indicator()).orElse(null);
        g.writeObjectFieldStart("unit");
        g.writeStringField("zh", i == null ? "" : i.unit());
        g.writeStringField("en", i == null ? "" : i.unitEn());
        g.writeEndObject();
        g.writeObjectFieldStart("scope");
        g.writeStringField("code", v.scope().code());
        g.writeStringField("name", v.scope().name());
        g.writeStringField("region", v.scope().region());
        g.writeStringField("level", v.scope().district() ? "district" : "region");
        g.writeEndObject();
        g.writeStringField("status", v.status().id());
        g.writeStringField("form", t.form().word());
        g.writeStringField("comparison", t.requirement().comparison().words());
        Json.number(g, "target_value", t.requirement().value());
        Json.number(g, "required", a.required());
        g.writeStringField("start", t.start() == null ? null : t.start().toString());
        g.writeStringField("deadline", a.deadline().toString());
        point(g, "baseline", a.baseline());
        point(g, "latest", a.latest());
        Json.number(g, "expected_now", a.expectedNow());
        Json.number(g, "pace_ratio", a.paceRatio());
        Json.number(g, "projection", a.projection());
        if (a.missing() == null) {
            g.writeNullField("missing");
        } else {
            g.writeObjectFieldStart("missing");
            g.writeStringField("indicator", a.missing().indicator());
            g.writeStringField("what", a.missing().what().id());
            g.writeStringField("period", a.missing().period() == null ? null : a.missing().period().toString());
            g.writeEndObject();
        }
        g.writeObjectFieldStart("reason");
        g.writeStringField("zh", v.reason().zh());
        g.writeStringField("en", v.reason().en());
        g.writeEndObject();
        g.writeStringField("decided_by", v.rule());
        g.writeEndObject();
    }

    private static void point(JsonGenerator g, String field, Point p) throws IOException {
        if (p == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        pointFields(g, p);
        g.writeEndObject();
    }

    /** A figure's period, value and the file and line it was read from (null for a zero no file states). */
    static void pointFields(JsonGenerator g, Point p) throws IOException {
        g.writeStringField("period", p.period().toString());
        Json.number(g, "value", p.value());
        g.writeStringField("file", p.source() == null ? null : p.source().file());
        if (p.source() == null) {
            g.writeNullField("line");
        } else {
            g.writeNumberField("line", p.source().line());
        }
    }
}
