package dabiao.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dabiao.model.Report;
import dabiao.model.Status;
import dabiao.model.Verdict;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** {@code --format json}: {@code {"schema": "dabiao/verdicts/v1", "as_of", "verdicts", "summary"}}. */
public final class JsonWriter implements ReportWriter {

    public static final String SCHEMA = "dabiao/verdicts/v1";

    @Override
    public void write(Report report, Writer out) throws IOException {
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeStringField("as_of", report.asOf().toString());
            g.writeArrayFieldStart("verdicts");
            for (Verdict v : report.verdicts()) {
                VerdictJson.write(g, v, report.catalog());
            }
            g.writeEndArray();
            summary(g, report.summary());
            g.writeEndObject();
        }
        out.write("\n");
    }

    /** {@code "summary": {"met": n, …, "total": n}}: every status, then their sum. */
    static void summary(JsonGenerator g, Map<Status, ? extends Number> counts) throws IOException {
        g.writeObjectFieldStart("summary");
        long total = 0;
        for (Map.Entry<Status, ? extends Number> e : counts.entrySet()) {
            g.writeNumberField(e.getKey().id(), e.getValue().longValue());
            total += e.getValue().longValue();
        }
        g.writeNumberField("total", total);
        g.writeEndObject();
    }
}
