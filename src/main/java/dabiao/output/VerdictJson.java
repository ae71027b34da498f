package dabiao.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dabiao.model.Catalog;
import dabiao.model.Point;
import dabiao.model.Verdict;

import java.io.IOException;
import java.util.Objects;

/** One verdict as a JSON object: the shape {@code dabiao/verdicts/v1} documents, from {@link VerdictFields}. */
final class VerdictJson {

    private VerdictJson() {
    }

    static void write(JsonGenerator g, Verdict v, Catalog catalog) throws IOException {
        VerdictFields.Row row = VerdictFields.Row.of(v, catalog);
        g.writeStartObject();
        String open = null;
        boolean absent = false;
        for (VerdictFields.Field f : VerdictFields.ALL) {
            String object = f.object();
            if (!Objects.equals(object, open)) {
                if (open != null && !absent) {
                    g.writeEndObject();
                }
                open = object;
                absent = object != null && VerdictFields.optional(object, row) == null;
                if (object != null) {
                    if (absent) {
                        g.writeNullField(object);
                    } else {
                        g.writeObjectFieldStart(object);
                    }
                }
            }
            if (!absent) {
                value(g, object == null ? f.path() : f.name(), f.kind(), f.value().apply(row));
            }
        }
        if (open != null && !absent) {
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void value(JsonGenerator g, String name, VerdictFields.Kind kind, Object value) throws IOException {
        switch (kind) {
            case NUMBER -> Json.number(g, name, (Double) value);
            case INTEGER -> {
                if (value == null) {
                    g.writeNullField(name);
                } else {
                    g.writeNumberField(name, (Integer) value);
                }
            }
            case BOOLEAN -> g.writeBooleanField(name, (Boolean) value);
            case TEXT -> g.writeStringField(name, (String) value);
        }
    }

    /** A figure's period, value and the file and line it was read from (null for a zero no file states). */
    static void pointFields(JsonGenerator g, Point p) throws IOException {
        for (VerdictFields.PointField f : VerdictFields.POINT) {
            value(g, f.name(), f.kind(), f.value().apply(p));
        }
    }
}
