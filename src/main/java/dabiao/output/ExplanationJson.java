package dabiao.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dabiao.model.Assessment;
import dabiao.model.Explanation;
import dabiao.model.Point;

import java.io.IOException;
import java.io.Writer;

/**
 * {@code explain --format json}: {@code {"schema": "dabiao/explain/v1", "as_of", "verdict", "years", "figures",
 * "rules_fired"}}; each verdict has the shape of {@code dabiao/verdicts/v1}; {@code years} holds every year
 * of a yearly quota (empty otherwise).
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
            g.writeArrayFieldStart("years");
            for (var year : e.years()) {
                VerdictJson.write(g, year, e.catalog());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("figures");
            for (Point p : a.series()) {
                figure(g, p, p == a.baseline() ? "baseline"
                        : p == a.latest() ? (a.deadlinePassed() ? "at-deadline" : "latest") : null);
            }
            for (Point p : a.afterDeadline()) {
                figure(g, p, "after-deadline");
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

    /** A figure and its part in the verdict: baseline, latest, at-deadline (decides), after-deadline (context), or null. */
    private static void figure(JsonGenerator g, Point p, String role) throws IOException {
        g.writeStartObject();
        VerdictJson.pointFields(g, p);
        g.writeStringField("role", role);
        g.writeEndObject();
    }
}
