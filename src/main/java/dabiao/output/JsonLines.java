package dabiao.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dabiao.model.Catalog;
import dabiao.model.Period;
import dabiao.model.Status;
import dabiao.model.Verdict;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Verdicts for programs that write them one at a time, such as the Spark runner: a verdict as one line
 * of JSON with the fields of {@code --format json}, the list of those fields (for a schema of the same
 * shape), and the summary counts. Every part comes from the code {@link JsonWriter} writes with.
 */
public final class JsonLines {

    /** The schema of {@link #summary}. */
    public static final String SUMMARY_SCHEMA = "dabiao/summary/v1";

    /**
     * A field of a verdict: its JSON path ({@code scope.code} is {@code code} inside {@code "scope"}) and
     * what it holds: {@code text}, {@code number}, {@code integer} or {@code boolean}. Each may be null.
     */
    public record Field(String path, String kind) {
    }

    private static final List<Field> FIELDS = VerdictFields.ALL.stream()
            .map(f -> new Field(f.path(), f.kind().name().toLowerCase(Locale.ROOT))).toList();

    private JsonLines() {
    }

    /** Every field of a verdict, in the order written. */
    public static List<Field> fields() {
        return FIELDS;
    }

    /** {@code v} as one line of JSON (no line end), as {@code --format json} writes it inside {@code "verdicts"}. */
    public static String verdict(Verdict v, Catalog catalog) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.compact(out)) {
            VerdictJson.write(g, v, catalog);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * {@code {"schema": "dabiao/summary/v1", "as_of", "summary"}}, the counts as {@code --format json} gives
     * them; a status missing from {@code counts} counts zero.
     */
    public static void summary(Period asOf, Map<Status, Long> counts, Writer out) throws IOException {
        Map<Status, Long> all = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            all.put(s, counts.getOrDefault(s, 0L));
        }
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject();
            g.writeStringField("schema", SUMMARY_SCHEMA);
            g.writeStringField("as_of", asOf.toString());
            JsonWriter.summary(g, all);
            g.writeEndObject();
        }
        out.write("\n");
    }
}
