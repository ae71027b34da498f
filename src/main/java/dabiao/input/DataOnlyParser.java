package dabiao.input;

import dabiao.diagnostics.Problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dabiao.model.SourceRef;

import java.io.IOException;

/**
 * The YAML parser as snapshots may use it: data only. A tag ({@code !!java.io.File}), an alias
 * ({@code *name}) or nesting deeper than {@link YamlFiles#MAX_DEPTH} stops the reading with a located
 * problem, in the same pass that binds the file, so that nothing is parsed twice.
 */
final class DataOnlyParser extends JsonParserDelegate {

    /** Carries the problem through Jackson, which may wrap what a parser throws. */
    static final class Violation extends JsonParseException {
        private final transient Problem problem;

        Violation(JsonParser p, Problem problem) {
            super(p, problem.key());
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }

    private final YAMLParser yaml;
    private final String display;
    private int depth;

    DataOnlyParser(YAMLParser yaml, String display) {
        super(yaml);
        this.yaml = yaml;
        this.display = display;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken t = super.nextToken();
        if (t == null) {
            return null;
        }
        if (yaml.isCurrentAlias()) {
            throw violation("yaml.alias", yaml.getText());
        }
        String tag = yaml.getTypeId();
        if (tag != null) {
            throw violation("yaml.tag", "!" + tag.replace("tag:yaml.org,2002:", "!"));
        }
        if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && ++depth > YamlFiles.MAX_DEPTH) {
            throw violation("yaml.too-deep", YamlFiles.MAX_DEPTH);
        }
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
            depth--;
        }
        return t;
    }

    /** Skips through {@link #nextToken()}, so that what is skipped is checked too. */
    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken current = currentToken();
        if (current == null || !current.isStructStart()) {
            return this;
        }
        int open = 1;
        while (open > 0) {
            JsonToken t = nextToken();
            if (t == null) {
                break;
            }
            open += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
        }
        return this;
    }

    private Violation violation(String key, Object arg) {
        var at = yaml.currentTokenLocation();
        return new Violation(this, Problem.error(new SourceRef(display, at.getLineNr(), at.getColumnNr()), key, arg));
    }
}
