package dabiao.output;

import dabiao.diagnostics.Messages;
import dabiao.model.Catalog;
import dabiao.model.Lang;
import dabiao.model.ReportDiff;
import dabiao.model.Verdict;

import java.io.IOException;
import java.io.Writer;

/** {@code diff --format table}: the changes grouped by move, each with the figures and pace behind it. */
public final class DiffTable implements DiffWriter {

    private final Lang lang;
    private final Catalog catalog;

    public DiffTable(Lang lang, Catalog catalog) {
        this.lang = lang;
        this.catalog = catalog;
    }

    @Override
    public void write(ReportDiff diff, Writer out) throws IOException {
        out.write(Messages.get(lang, "diff.title", diff.from(), diff.to(), diff.changes().size(), diff.compared()) + "\n");
        ReportDiff.Move current = null;
        for (ReportDiff.Change c : diff.changes()) {
            if (c.move() != current) {
                current = c.move();
                out.write("\n" + Marks.of(c.after().status()) + " " + Moves.label(current, lang) + " ("
                        + diff.summary().get(current) + ")\n");
            }
            Verdict v = c.after();
            out.write("  " + v.scope().name() + " " + v.scope().code() + "  " + v.target().title(lang) + "  "
                    + v.target().id() + "\n");
            out.write("    " + Moves.statuses(c, lang) + "; " + Moves.figures(c, catalog, lang) + "; "
                    + Messages.get(lang, "diff.pace") + " " + Moves.pace(c) + "\n");
            out.write("    ↳ " + v.reason().in(lang) + "\n");
        }
    }
}
