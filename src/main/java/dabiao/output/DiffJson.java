package dabiao.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dabiao.model.Catalog;
import dabiao.model.ReportDiff;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * {@code diff --format json}: {@code {"schema": "dabiao/diff/v1", "from", "to", "changes", "summary"}};
 * each change has its move and both verdicts ({@code before} null when there was none) in the shape of
 * {@code dabiao/verdicts/v1}.
 */
public final class DiffJson implements DiffWriter {

    public static final String SCHEMA = "dabiao/diff/v1";

    private final Catalog catalog;

    public DiffJson(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void write(ReportDiff diff, Writer out) throws IOException {
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeStringField("from", diff.from().toString());
            g.writeStringField("to", diff.to().toString());
            g.writeArrayFieldStart("changes");
            for (ReportDiff.Change c : diff.changes()) {
                g.writeStartObject();
                g.writeStringField("move", c.move().id());
                g.writeStringField("target", c.after().target().id());
                g.writeStringField("scope", c.after().scope().code());
                g.writeStringField("status_before", c.before() == null ? null : c.before().status().id());
                g.writeStringField("status_after", c.after().status().id());
                g.writeFieldName("before");
                if (c.before() == null) {
                    g.writeNull();
                } else {
                    VerdictJson.write(g, c.before(), catalog);
                }
                g.writeFieldName("after");
                VerdictJson.write(g, c.after(), catalog);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            for (Map.Entry<ReportDiff.Move, Integer> e : diff.summary().entrySet()) {
                g.writeNumberField(e.getKey().id(), e.getValue());
            }
            g.writeNumberField("changed", diff.changes().size());
            g.writeNumberField("compared", diff.compared());
            g.writeEndObject();
            g.writeEndObject();
        }
        out.write("\n");
    }
}
