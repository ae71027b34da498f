package dabiao.output;

import dabiao.engine.Wording;
import dabiao.diagnostics.Messages;
import dabiao.model.Lang;
import dabiao.model.Report;
import dabiao.model.Scope;
import dabiao.model.SourceRef;
import dabiao.model.Status;
import dabiao.model.Verdict;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code --format markdown}: for {@code $GITHUB_STEP_SUMMARY}. The counts, then per region a target ×
 * scope table of status marks, then every verdict at risk or worse with its reason and figure's line.
 * GitHub refuses a step summary over 1 MiB, so a report that would exceed it is summarised instead:
 * the counts per region and a pointer to the full formats.
 */
public final class MarkdownWriter implements ReportWriter {

    /** GitHub's limit on one step's job summary. */
    static final int GITHUB_LIMIT = 1024 * 1024;

    private final Lang lang;
    private final int limit;

    public MarkdownWriter(WriterOptions options) {
        this(options.lang(), GITHUB_LIMIT);
    }

    MarkdownWriter(Lang lang, int limitBytes) {
        this.lang = lang;
        this.limit = limitBytes;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        String full = full(report);
        int bytes = full.getBytes(StandardCharsets.UTF_8).length;
        out.write(bytes <= limit ? full : summarised(report, bytes));
    }

    private String full(Report report) {
        StringBuilder md = new StringBuilder(head(report));
        for (VerdictGrid grid : VerdictGrid.of(report)) {
            md.append("\n### ").append(escape(grid.region().name())).append(' ').append(grid.region().code()).append("\n\n");
            md.append("| ").append(Messages.get(lang, "report.target"));
            grid.scopes().forEach(s -> md.append(" | ").append(escape(s.name())));
            md.append(" |\n|---");
            grid.scopes().forEach(s -> md.append("|:-:"));
            md.append("|\n");
            for (VerdictGrid.Line line : grid.lines()) {
                md.append("| ").append(escape(line.title(lang))).append(" `").append(line.target().id()).append('`');
                for (Scope s : grid.scopes()) {
                    Verdict v = grid.at(line, s);
                    md.append(" | ").append(v == null ? "" : Marks.of(v.status()));
                }
                md.append(" |\n");
            }
        }
        StringBuilder attention = new StringBuilder();
        for (Verdict v : report.verdicts()) {
            if (v.status().atOrPast(Status.AT_RISK)) {
                SourceRef where = Where.of(v);
                attention.append("- ").append(Marks.of(v.status())).append(" **").append(escape(v.scope().name()))
                        .append("** ").append(escape(Wording.title(v, lang))).append(" — ")
                        .append(escape(v.reason().in(lang)))
                        .append(where == null ? "" : " (`" + where + "`)").append('\n');
            }
        }
        if (!attention.isEmpty()) {
            md.append("\n### ").append(Messages.get(lang, "report.attention")).append("\n\n").append(attention);
        }
        return md.toString();
    }

    private String summarised(Report report, int bytes) {
        StringBuilder md = new StringBuilder(head(report)).append('\n');
        md.append("| ").append(Messages.get(lang, "report.region"));
        for (Status s : Status.values()) {
            md.append(" | ").append(Marks.of(s)).append(' ').append(s.label(lang));
        }
        md.append(" |\n|---").append("|--:".repeat(Status.values().length)).append("|\n");
        for (VerdictGrid grid : VerdictGrid.of(report)) {
            md.append("| ").append(escape(grid.region().name())).append(' ').append(grid.region().code());
            for (Status s : Status.values()) {
                long n = grid.cells().values().stream().filter(v -> v.status() == s).count();
                md.append(" | ").append(n);
            }
            md.append(" |\n");
        }
        md.append('\n').append(Messages.get(lang, "markdown.summarised", bytes)).append('\n');
        return md.toString();
    }

    private String head(Report report) {
        StringJoiner counts = new StringJoiner(" · ");
        for (Map.Entry<Status, Integer> e : report.summary().entrySet()) {
            counts.add(Marks.of(e.getKey()) + " " + e.getKey().label(lang) + " " + e.getValue());
        }
        return "## " + Messages.get(lang, "table.title", report.asOf()) + "\n\n"
                + Messages.get(lang, "table.summary", report.verdicts().size(), counts) + "\n";
    }

    /** Text in a table cell or list item: markdown's active characters escaped, one line. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>|#".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return sb.toString();
    }
}
