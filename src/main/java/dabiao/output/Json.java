package dabiao.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The JSON conventions of every JSON output: two-space indentation, figures without float noise. */
final class Json {

    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    static JsonGenerator generator(Writer out) throws IOException {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        JsonGenerator g = FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setPrettyPrinter(pretty);
        return g;
    }

    /** The same conventions on one line, for JSON Lines. */
    static JsonGenerator compact(Writer out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return g;
    }

    /** Writes a figure rounded to 6 decimals (derived ratios carry float noise), or null. */
    static void number(JsonGenerator g, String field, Double value) throws IOException {
        g.writeFieldName(field);
        if (value == null || !Double.isFinite(value)) {
            g.writeNull();
        } else {
            BigDecimal d = rounded(value);
            if (d.scale() <= 0) {
                g.writeNumber(d.toBigInteger());
            } else {
                g.writeNumber(d);
            }
        }
    }

    /** A figure as every machine-readable format writes it: rounded to 6 decimals, no trailing zeros. */
    static BigDecimal rounded(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
