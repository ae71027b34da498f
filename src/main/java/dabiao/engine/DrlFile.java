package dabiao.engine;

import dabiao.diagnostics.InputException;
import dabiao.diagnostics.Problem;
import dabiao.model.SourceRef;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rules file's text, with where each rule starts, so that a badly declared target can be named by
 * file and line (the compiled rule base does not keep lines).
 */
record DrlFile(String display, String text, String packageName, List<String> lines, Map<String, Integer> ruleLines) {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S+))");

    static DrlFile read(Path path, String display) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(Problem.error(SourceRef.of(display), "yaml.not-utf8"));
        } catch (IOException e) {
            throw new InputException(Problem.error(SourceRef.of(display), "file.unreadable", e.getMessage()));
        }
        return parse(text, display);
    }

    /** A rules file's {@code text}, read elsewhere (by another JVM, for the rules it was sent), shown as {@code display}. */
    static DrlFile parse(String text, String display) {
        List<String> lines = text.lines().toList();
        String pkg = "";
        Map<String, Integer> rules = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher p = PACKAGE.matcher(lines.get(i));
            if (p.matches() && pkg.isEmpty()) {
                pkg = p.group(1);
            }
            Matcher r = RULE.matcher(lines.get(i));
            if (r.find()) {
                String name = r.group(1) != null ? r.group(1).replace("\\\"", "\"")
                        : r.group(2) != null ? r.group(2) : r.group(3);
                rules.putIfAbsent(name, i + 1);
            }
        }
        // Drools puts the rules of a file without a package line in "defaultpkg".
        return new DrlFile(display, text, pkg.isEmpty() ? "defaultpkg" : pkg, lines, rules);
    }

    /** Where a rule of this file starts, or null when it is not in this file. */
    SourceRef ruleAt(String ruleName) {
        Integer line = ruleLines.get(ruleName);
        return line == null ? null : new SourceRef(display, line, 1);
    }

    /**
     * The text of a rule's consequence: the lines after its {@code then} up to its {@code end}, with
     * comments dropped; empty when the rule is not in this file.
     */
    String consequence(String ruleName) {
        Integer start = ruleLines.get(ruleName);
        if (start == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        boolean inThen = false;
        for (int i = start - 1; i < lines.size(); i++) {
            String l = lines.get(i).replaceFirst("//.*$", "").strip();
            if (!inThen) {
                inThen = l.equals("then") || l.startsWith("then ");
                continue;
            }
            if (l.equals("end")) {
                break;
            }
            text.append(l).append('\n');
        }
        return text.toString();
    }

    /** The line of {@code @key(} within the rule's head, or the rule's own line. */
    SourceRef metadataAt(String ruleName, String key) {
        Integer start = ruleLines.get(ruleName);
        if (start == null) {
            return SourceRef.of(display);
        }
        for (int i = start - 1; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.startsWith("when") || l.startsWith("then")) {
                break;
            }
            int at = lines.get(i).indexOf("@" + key + "(");
            if (at >= 0) {
                return new SourceRef(display, i + 1, at + 1);
            }
        }
        return new SourceRef(display, start, 1);
    }
}
