package dabiao.output;

import dabiao.diagnostics.Messages;
import dabiao.model.Catalog;
import dabiao.model.Lang;
import dabiao.model.ReportDiff;
import dabiao.model.Verdict;

import java.io.IOException;
import java.io.Writer;

/** {@code diff --format markdown}: for a pull request or job summary, one table per move. */
public final class DiffMarkdown implements DiffWriter {

    private final Lang lang;
    private final Catalog catalog;

    public DiffMarkdown(Lang lang, Catalog catalog) {
        this.lang = lang;
        this.catalog = catalog;
    }

    @Override
    public void write(ReportDiff diff, Writer out) throws IOException {
        out.write("## " + Messages.get(lang, "diff.title", diff.from(), diff.to(), diff.changes().size(), diff.compared()) + "\n");
        ReportDiff.Move current = null;
        for (ReportDiff.Change c : diff.changes()) {
            if (c.move() != current) {
                current = c.move();
                out.write("\n### " + Marks.of(c.after().status()) + " " + Moves.label(current, lang) + " ("
                        + diff.summary().get(current) + ")\n\n| " + Messages.get(lang, "diff.columns").replace("|", " | ")
                        + " |\n|---|---|---|---|---|---|\n");
            }
            Verdict v = c.after();
            out.write("| " + MarkdownWriter.escape(v.scope().name() + " " + v.scope().code())
                    + " | " + MarkdownWriter.escape(v.target().title(lang)) + " `" + v.target().id() + "`"
                    + " | " + MarkdownWriter.escape(Moves.statuses(c, lang))
                    + " | " + MarkdownWriter.escape(Moves.figures(c, catalog, lang))
                    + " | " + Moves.pace(c)
                    + " | " + MarkdownWriter.escape(v.reason().in(lang)) + " |\n");
        }
    }
}
