package dabiao.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dabiao.model.Assessment;
import dabiao.model.Explanation;
import dabiao.model.Point;

import java.io.IOException;
import java.io.Writer;

/**
 * {@code explain --format json}: {@code {"schema": "dabiao/explain/v1", "as_of", "verdict", "figures",
 * "rules_fired"}}; the verdict has the shape of {@code dabiao/verdicts/v1}.
 */
public final class ExplanationJson implements ExplanationWriter {

    public static final String SCHEMA = "dabiao/explain/v1";

    @Override
    public void write(Explanation e, Writer out) throws IOException {
        Assessment a = e.verdict().assessment();
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeStringField("as_of", a.asOf().toString());
            g.writeFieldName("verdict");
            VerdictJson.write(g, e.verdict(), e.catalog());
            g.writeArrayFieldStart("figures");
            for (Point p : a.series()) {
                g.writeStartObject();
                VerdictJson.pointFields(g, p);
                g.writeStringField("role", p == a.baseline() ? "baseline" : p == a.latest() ? "latest" : null);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rules_fired");
            for (Explanation.Fired f : e.fired()) {
                g.writeStartObject();
                g.writeStringField("rule", f.rule());
                g.writeStringField("kind", f.methodology() ? "methodology" : "target");
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write("\n");
    }
}
