package dabiao.input;

import dabiao.diagnostics.Problem;

import dabiao.model.SourceRef;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error in dabiao's own words: the YAML library's problem, recognised by kind (an unclosed
 * quote, a stray colon, bad indentation, …), told in the user's language and placed where the problem
 * starts, e.g. on the line of the quote that was never closed rather than where the parser gave up.
 */
final class YamlSyntax {

    private YamlSyntax() {
    }

    /** The problem, with the library's own words kept for {@code --verbose}. */
    static Problem of(MarkedYAMLException y, String display, String text) {
        String said = ((y.getContext() == null ? "" : y.getContext() + ": ") + (y.getProblem() == null ? "" : y.getProblem()))
                .strip().replaceAll("\\s+", " ");
        return classify(y, display, text).withDetail(said);
    }

    private static Problem classify(MarkedYAMLException y, String display, String text) {
        String problem = y.getProblem() == null ? "" : y.getProblem();
        String context = y.getContext() == null ? "" : y.getContext();
        SourceRef unclosed = unclosedQuote(text, display, y.getProblemMark());
        if (unclosed != null) {
            return Problem.error(unclosed, "yaml.unclosed-quote");
        }
        Mark mark = y.getProblemMark() != null ? y.getProblemMark() : y.getContextMark();
        SourceRef where = mark == null ? SourceRef.of(display) : new SourceRef(display, mark.getLine() + 1, mark.getColumn() + 1);
        if (problem.contains("end of stream") && y.getContextMark() != null) {
            Mark open = y.getContextMark();
            SourceRef start = new SourceRef(display, open.getLine() + 1, open.getColumn() + 1);
            return Problem.error(start, context.contains("flow") ? "yaml.unclosed-bracket" : "yaml.unclosed-quote");
        }
        if (problem.contains("'\\t'")) {
            return Problem.error(where, "yaml.tab");
        }
        if (problem.contains("mapping values are not allowed")) {
            return Problem.error(where, "yaml.stray-colon");
        }
        if (problem.contains("could not find expected ':'")) {
            return Problem.error(where, "yaml.missing-colon");
        }
        if (problem.contains("cannot start any token")) {
            return Problem.error(where, "yaml.bad-character");
        }
        if (problem.contains("expected <block end>") || problem.contains("did not find expected")) {
            return Problem.error(where, "yaml.indentation");
        }
        return Problem.error(where, "yaml.invalid");
    }

    /**
     * The opening of a double or single quote that its line never closes, before where the parser gave
     * up: an unclosed quote swallows the lines after it, so the parser fails far below the mistake.
     */
    private static SourceRef unclosedQuote(String text, String display, Mark failed) {
        String[] lines = text.split("\n", -1);
        int last = failed == null ? lines.length - 1 : Math.min(failed.getLine(), lines.length - 1);
        for (int i = 0; i <= last; i++) {
            int open = openingOfUnclosedQuote(lines[i]);
            if (open >= 0) {
                return new SourceRef(display, i + 1, open + 1);
            }
        }
        return null;
    }

    /** The column of a value's opening quote that the line leaves open, or −1; comments are skipped. */
    private static int openingOfUnclosedQuote(String line) {
        int colon = line.indexOf(": ");
        int start = colon < 0 ? line.indexOf("- ") + 2 : colon + 2;
        if (start < 2 || start >= line.length()) {
            return -1;
        }
        String value = line.substring(start).stripLeading();
        int at = line.length() - value.length();
        if (value.isEmpty() || (value.charAt(0) != '"' && value.charAt(0) != '\'')) {
            return -1;
        }
        char quote = value.charAt(0);
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < value.length() && value.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return -1;
                }
            }
        }
        return at;
    }
}
