package dabiao.output;

import dabiao.engine.Labels;
import dabiao.engine.Wording;
import dabiao.model.Catalog;
import dabiao.diagnostics.Messages;
import dabiao.model.Assessment;
import dabiao.model.Lang;
import dabiao.model.Numbers;
import dabiao.model.Report;
import dabiao.model.Scope;
import dabiao.model.Status;
import dabiao.model.Verdict;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code --format table}: verdicts grouped by scope (the region, then each district), one row per
 * target, with the reason under every row that needs attention. Columns are aligned for CJK text.
 */
public final class TableWriter implements ReportWriter {

    private final Lang lang;

    public TableWriter(Lang lang) {
        this.lang = lang;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        out.write(Messages.get(lang, "table.title", report.asOf()) + "\n");
        Catalog catalog = report.catalog();
        Map<Scope, List<Verdict>> byScope = new LinkedHashMap<>();
        report.verdicts().forEach(v -> byScope.computeIfAbsent(v.scope(), s -> new ArrayList<>()).add(v));
        List<String[]> rows = new ArrayList<>();
        byScope.values().forEach(vs -> vs.forEach(v -> rows.add(cells(v, catalog))));
        int[] widths = widths(rows);
        for (Map.Entry<Scope, List<Verdict>> e : byScope.entrySet()) {
            out.write("\n" + e.getKey().name() + " " + e.getKey().code() + "\n");
            out.write("  " + line(header(), widths) + "\n");
            for (Verdict v : e.getValue()) {
                out.write("  " + line(cells(v, catalog), widths) + "\n");
                if (v.status() != Status.MET && v.status() != Status.ON_TRACK) {
                    out.write("    ↳ " + v.reason().in(lang) + "\n");
                }
            }
        }
        StringJoiner summary = new StringJoiner(lang.pick("，", ", "));
        report.summary().forEach((s, n) -> summary.add(s.label(lang) + " " + n));
        out.write("\n" + Messages.get(lang, "table.summary", report.verdicts().size(), summary) + "\n");
    }

    private String[] header() {
        return Messages.get(lang, "table.header").split("\\|");
    }

    private String[] cells(Verdict v, Catalog catalog) {
        Assessment a = v.assessment();
        String latest = Wording.judged(a, catalog, lang) + (a.latest() == null ? "" : " (" + a.latest().period() + ")");
        String required = Wording.requirement(v.target(), catalog, lang);
        String pace = a.paceRatio() == null ? "—" : Numbers.paceRatio(a.paceRatio());
        return new String[] {v.status().label(lang), Wording.title(v, lang), latest, required,
                Labels.deadline(a.deadline(), lang), pace, v.target().id()};
    }

    private int[] widths(List<String[]> rows) {
        String[] header = header();
        int[] w = new int[header.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = TextWidth.of(header[i]);
        }
        for (String[] r : rows) {
            for (int i = 0; i < w.length; i++) {
                w[i] = Math.max(w[i], TextWidth.of(r[i]));
            }
        }
        return w;
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            sb.append(i == cells.length - 1 ? cells[i] : TextWidth.pad(cells[i], widths[i] + 2));
        }
        return sb.toString().stripTrailing();
    }
}
