package dabiao.output;

import dabiao.engine.Wording;
import dabiao.diagnostics.Messages;
import dabiao.model.Lang;
import dabiao.model.Report;
import dabiao.model.Scope;
import dabiao.model.ScopeLevel;
import dabiao.model.SourceRef;
import dabiao.model.Status;
import dabiao.model.Verdict;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code --format markdown}: for {@code $GITHUB_STEP_SUMMARY}. It leads with what matters: the counts,
 * then every verdict at risk or worse, worst first ({@link Attention}), each with its reason and a link to
 * the figure's line; then, folded in {@code <details>}, per region a target × scope table of status
 * marks. GitHub refuses a step summary over 1 MiB: a summary that would exceed it drops the tables, and
 * if the list alone is still too long, only the counts per region remain, with a pointer to the full
 * formats.
 */
public final class MarkdownWriter implements ReportWriter {

    /** GitHub's limit on one step's job summary. */
    static final int GITHUB_LIMIT = 1024 * 1024;

    private final Lang lang;
    private final SourceLinks links;
    private final int limit;

    public MarkdownWriter(WriterOptions options) {
        this(options.lang(), options.links(), GITHUB_LIMIT);
    }

    MarkdownWriter(Lang lang, SourceLinks links, int limitBytes) {
        this.lang = lang;
        this.links = links;
        this.limit = limitBytes;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        String head = head(report) + attention(report);
        String tables = tables(report);
        String withoutTables = head + "\n" + Messages.get(lang, "markdown.tables-left-out", bytes(tables)) + "\n";
        if (bytes(head) + bytes(tables) <= limit) {
            out.write(head + tables);
        } else if (bytes(withoutTables) <= limit) {
            out.write(withoutTables);
        } else {
            out.write(summarised(report, bytes(head) + bytes(tables)));
        }
    }

    private String attention(Report report) {
        List<Verdict> attention = Attention.of(report);
        if (attention.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("\n### ").append(Messages.get(lang, "report.attention"))
                .append(" · ").append(attention.size()).append("\n\n");
        for (Verdict v : attention) {
            SourceRef where = Where.of(v);
            md.append("- ").append(Marks.of(v.status())).append(" **").append(escape(v.scope().name()))
                    .append("** ").append(escape(Wording.title(v, lang))).append(" — ")
                    .append(escape(v.reason().in(lang)))
                    .append(where == null ? "" : " (" + links.markdown(where) + ")").append('\n');
        }
        return md.toString();
    }

    /** Per region a target × scope table of marks, folded: blank lines around it, or GitHub shows it raw. */
    private String tables(Report report) {
        StringBuilder md = new StringBuilder("\n<details><summary>")
                .append(Messages.get(lang, "markdown.tables")).append("</summary>\n");
        for (VerdictGrid grid : VerdictGrid.of(report)) {
            md.append("\n### ").append(escape(grid.region().name())).append(' ').append(grid.region().code()).append("\n");
            table(md, grid, grid.regionAndDistrictLines(), grid.columns(ScopeLevel.DISTRICT));
            for (ScopeLevel level : grid.unitLevels()) {
                table(md, grid, grid.linesAt(level), grid.columns(level));
            }
        }
        return md.append("\n</details>\n").toString();
    }

    /** One table of marks: the lines judged on the region and its districts, or those judged on one unit level. */
    private void table(StringBuilder md, VerdictGrid grid, List<VerdictGrid.Line> lines, List<Scope> columns) {
        if (lines.isEmpty()) {
            return;
        }
        md.append("\n| ").append(Messages.get(lang, "report.target"));
        columns.forEach(s -> md.append(" | ").append(escape(s.name())));
        md.append(" |\n|---");
        columns.forEach(s -> md.append("|:-:"));
        md.append("|\n");
        for (VerdictGrid.Line line : lines) {
            md.append("| ").append(escape(line.title(lang))).append(" `").append(line.target().id()).append('`');
            for (Scope s : columns) {
                Verdict v = grid.at(line, s);
                md.append(" | ").append(v == null ? "" : Marks.of(v.status()));
            }
            md.append(" |\n");
        }
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
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
