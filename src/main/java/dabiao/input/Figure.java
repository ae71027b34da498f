package dabiao.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.io.IOException;

/**
 * A figure as written in a snapshot, with where it stands. Numbers typed as text ("5.3万") are read by
 * {@link Figures}, and so are numbers YAML would read in another base (02470, 0x9B0) or with digit
 * separators (1_000); {@code value} is null when the text is not a figure, and {@code text} is null for a
 * number typed as a number.
 *
 * @param text   what was typed when it was a string or a number YAML reads otherwise, else null
 * @param value  the figure, or null when it could not be read (or was left blank)
 * @param blank  whether the entry was left empty (not reported)
 * @param line   1-based line
 * @param column 1-based column
 */
@JsonDeserialize(using = Figure.Reader.class)
public record Figure(String text, Double value, boolean blank, int line, int column) {

    static final class Reader extends JsonDeserializer<Figure> {
        @Override
        public Figure deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            var at = p.currentTokenLocation();
            int line = at.getLineNr();
            int col = at.getColumnNr();
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                // YAML 1.1 reads 02470 as octal and 0x9B0 as hex: such a number is read as what was typed.
                String typed = p.getText();
                return Figures.ambiguousInYaml(typed)
                        ? new Figure(typed, Figures.parse(typed), false, line, col)
                        : new Figure(null, number(p), false, line, col);
            }
            if (t == JsonToken.VALUE_STRING) {
                String s = p.getText();
                if (s.isBlank()) {
                    return new Figure(s, null, true, line, col);
                }
                return new Figure(s, Figures.parse(s), false, line, col);
            }
            if (t.isScalarValue()) {
                return new Figure(p.getText(), null, false, line, col);
            }
            p.skipChildren();
            return new Figure("{…}", null, false, line, col);
        }

        /** YAML's .nan and .inf are floats Jackson cannot convert; they become NaN for the validator to refuse. */
        private static double number(JsonParser p) throws IOException {
            try {
                return p.getDoubleValue();
            } catch (com.fasterxml.jackson.core.JsonParseException e) {
                return Double.NaN;
            }
        }

        @Override
        public Figure getNullValue(DeserializationContext ctxt) {
            var at = ctxt.getParser().currentTokenLocation();
            return new Figure(null, null, true, at.getLineNr(), at.getColumnNr());
        }
    }
}
