package dabiao.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.io.IOException;

/**
 * A scalar of a YAML file read as text, with the line and column it stands on, so that a code or a
 * period can be named in a message. Unquoted numbers are kept as typed ({@code 310101}, {@code 2025}).
 */
@JsonDeserialize(using = Text.Reader.class)
public record Text(String value, int line, int column) {

    static final class Reader extends JsonDeserializer<Text> {
        @Override
        public Text deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.currentToken().isScalarValue()) {
                return (Text) ctxt.handleUnexpectedToken(Text.class, p);
            }
            var at = p.currentTokenLocation();
            return new Text(p.getText(), at.getLineNr(), at.getColumnNr());
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
