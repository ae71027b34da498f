package dabiao.output;

import dabiao.engine.Labels;
import dabiao.engine.Trend;
import dabiao.engine.Wording;
import dabiao.diagnostics.Messages;
import dabiao.model.Amounts;
import dabiao.model.Assessment;
import dabiao.model.Explanation;
import dabiao.model.Lang;
import dabiao.model.Numbers;
import dabiao.model.Point;
import dabiao.model.Target;
import dabiao.model.Verdict;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code explain --format table}: the verdict's story for an official, top to bottom: the target and
 * its source, the figures used with their file and line, the baseline, the path, the pace, the
 * projection, the rules that fired, and the status with its reason.
 */
public final class ExplanationTable implements ExplanationWriter {

    private final Lang lang;

    public ExplanationTable(Lang lang) {
        this.lang = lang;
    }

    @Override
    public void write(Explanation e, Writer out) throws IOException {
        Verdict v = e.verdict();
        Assessment a = v.assessment();
        Target t = v.target();
        String unit = Wording.unit(t, e.catalog(), lang);
        String indicator = e.catalog().find(t.indicator()).map(i -> i.name(lang)).orElse(t.indicator());
        out.write(t.id() + " · " + t.title(lang) + "\n");
        out.write(Messages.get(lang, "explain.scope", v.scope().name(), v.scope().code()
                + (v.binding() ? "" : " · " + Messages.get(lang, "report.benchmark")), a.asOf()) + "\n\n");
        List<String[]> head = new ArrayList<>();
        head.add(row("explain.source", t.provenance().document() + t.provenance().clause()));
        head.add(row("explain.wording", t.provenance().wording()));
        head.add(row("explain.requires", indicator + " " + Wording.requirement(t, e.catalog(), lang)
                + lang.pick("，", ", ") + Labels.deadline(a.deadline(), lang)
                + lang.pick("（", " (") + Labels.form(t.form(), lang) + lang.pick("）", ")")));
        labelled(head, out);

        out.write("\n" + Messages.get(lang, "explain.figures") + "\n");
        if (a.series().isEmpty()) {
            out.write("  —\n");
        }
        List<String[]> figures = new ArrayList<>();
        for (Point p : a.series()) {
            String role = p == a.baseline() ? Messages.get(lang, "explain.baseline")
                    : p == a.latest() ? Messages.get(lang, a.deadlinePassed() ? "explain.at-deadline" : "explain.latest") : "";
            figures.add(figureRow(p, unit, role));
        }
        for (Point p : a.afterDeadline()) {
            figures.add(figureRow(p, unit, Messages.get(lang, "explain.after-deadline")));
        }
        columns(figures, out);
        if (!e.years().isEmpty()) {
            out.write("\n" + Messages.get(lang, "explain.years") + "\n");
            List<String[]> years = new ArrayList<>();
            for (Verdict y : e.years()) {
                years.add(new String[] {String.valueOf(y.year()), y.status().label(lang), y.reason().in(lang)});
            }
            columns(years, out);
        }

        out.write("\n");
        List<String[]> body = new ArrayList<>();
        body.add(row("explain.baseline", a.baseline() == null ? "—"
                : figure(a.baseline().value(), unit) + lang.pick("（", " (") + a.baseline().period() + lang.pick("）", ")")));
        body.add(row("explain.path", a.baseline() == null || a.expectedNow() == null ? "—"
                : Messages.get(lang, "explain.path-text", figure(a.baseline().value(), unit), a.baseline().period(),
                figure(a.required(), unit), Labels.deadline(a.deadline(), lang),
                a.asOf(), figure(a.expectedNow(), unit))));
        body.add(row("explain.pace", a.paceRatio() == null ? "—"
                : Messages.get(lang, "explain.pace-text", Numbers.paceRatio(a.paceRatio()))));
        body.add(row("explain.projection", a.projection() == null
                ? Messages.get(lang, a.deadlinePassed() ? "explain.no-projection-closed" : "explain.no-projection")
                : Messages.get(lang, "explain.projection-text", figure(a.projection(), unit), Labels.deadline(a.deadline(), lang),
                        Trend.recent(a.series()).size())));
        labelled(body, out);

        out.write("\n" + Messages.get(lang, "explain.rules") + "\n");
        List<String[]> rules = new ArrayList<>();
        for (Explanation.Fired f : e.fired()) {
            rules.add(new String[] {Messages.get(lang, f.methodology() ? "explain.rule-methodology" : "explain.rule-target"),
                    f.rule() + (f.methodology() || t.source() == null ? "" : lang.pick("（", " (") + t.source() + lang.pick("）", ")"))});
        }
        columns(rules, out);

        out.write("\n");
        List<String[]> end = new ArrayList<>();
        end.add(row("explain.status", v.status().label(lang) + lang.pick("（", " (") + v.status().id() + lang.pick("）", ")")));
        end.add(row("explain.reason", v.reason().in(lang)));
        labelled(end, out);
    }

    private String[] figureRow(Point p, String unit, String role) {
        return new String[] {p.period().toString(), Amounts.rounded(p.value(), 4, unit, lang),
                p.source() == null ? Messages.get(lang, "explain.synthetic") : p.source().toString(), role};
    }

    private String figure(double value, String unit) {
        return Amounts.of(value, unit, lang);
    }

    private String[] row(String key, String value) {
        return new String[] {Messages.get(lang, key), value};
    }

    private static void labelled(List<String[]> rows, Writer out) throws IOException {
        int width = rows.stream().mapToInt(r -> TextWidth.of(r[0])).max().orElse(0);
        for (String[] r : rows) {
            out.write(TextWidth.pad(r[0], width + 2) + r[1] + "\n");
        }
    }

    private static void columns(List<String[]> rows, Writer out) throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], TextWidth.of(r[i]));
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < r.length; i++) {
                line.append(i == r.length - 1 ? r[i] : TextWidth.pad(r[i], widths[i] + 2));
            }
            out.write(line.toString().stripTrailing() + "\n");
        }
    }
}
