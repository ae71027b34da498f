package dabiao.output;

import dabiao.engine.Labels;
import dabiao.engine.Wording;
import dabiao.model.Catalog;
import dabiao.model.Lang;
import dabiao.model.Numbers;
import dabiao.model.Scope;
import dabiao.model.ScopeRole;
import dabiao.model.Target;
import dabiao.model.Verdict;

/**
 * A target's section of the HTML report: its provenance (document, clause, the plan's own Chinese words,
 * requirement, deadline, form, rule) beside a figure per scope, each a chart ({@link SvgChart}), the
 * table of what it plots ({@link FigureTable}) and the reason.
 */
final class HtmlTargets {

    private final Lang lang;
    private final Catalog catalog;

    HtmlTargets(Lang lang, Catalog catalog) {
        this.lang = lang;
        this.catalog = catalog;
    }

    /** The legend of every chart, said once above the sections. */
    String legend() {
        return "<p class=\"note legend\"><span class=\"k series\"></span>" + Html.label(lang, "report.chart.figures")
                + " <span class=\"k path\"></span>" + Html.label(lang, "report.chart.path")
                + " <span class=\"k projection\"></span>" + Html.label(lang, "report.chart.projection")
                + " <span class=\"k deadline\"></span>" + Html.label(lang, "report.chart.deadline")
                + " <span class=\"k goal\"></span>" + Html.label(lang, "report.chart.target") + "</p>\n";
    }

    String of(VerdictGrid grid, Target t) {
        String indicator = catalog.find(t.indicator()).map(i -> i.name(lang)).orElse(t.indicator());
        String unit = Wording.unit(t, catalog, lang);
        long figures = grid.linesOf(t).stream().flatMap(l -> grid.scopes().stream().map(s -> grid.at(l, s)))
                .filter(java.util.Objects::nonNull).count();
        // On paper, a target with one or two charts takes half the width, one with more the whole.
        StringBuilder html = new StringBuilder(figures > 2 ? "<section class=\"target many\" id=\"" : "<section class=\"target\" id=\"")
                .append(Html.section(grid.region().code(), t)).append("\">\n<div class=\"prov\">\n<h3>")
                .append(Html.escape(t.title(lang))).append("</h3>\n<p class=\"id\"><code>").append(Html.escape(t.id()))
                .append("</code> · ").append(Html.escape(grid.region().name())).append("</p>\n<p class=\"doc\">")
                .append(Html.escape(t.provenance().document() + t.provenance().clause())).append("</p>\n")
                .append("<blockquote lang=\"zh-CN\">").append(Html.escape(t.provenance().wording())).append("</blockquote>\n<dl>\n")
                .append(term("report.requirement", indicator + " " + Wording.requirement(t, catalog, lang)))
                .append(term("report.deadline", Labels.deadline(t.deadline(), lang)))
                .append(term("report.form", Labels.form(t.form(), lang)))
                .append(term("report.rule", t.rule() + (t.source() == null ? "" : " (" + t.source() + ")")))
                .append("</dl>\n</div>\n<div class=\"charts\">\n");
        SvgChart chart = new SvgChart(lang, unit);
        FigureTable table = new FigureTable(lang, unit);
        for (VerdictGrid.Line line : grid.linesOf(t)) {
            for (Scope s : grid.scopes()) {
                Verdict v = grid.at(line, s);
                if (v != null) {
                    html.append(figure(v, line, chart, table));
                }
            }
        }
        return html.append("</div>\n</section>\n").toString();
    }

    private String figure(Verdict v, VerdictGrid.Line line, SvgChart chart, FigureTable table) {
        Double r = v.assessment().paceRatio();
        return "<figure class=\"" + Html.css(v.status()) + "\" id=\"" + Html.chart(v) + "\"><figcaption><span class=\"scope\">"
                + Html.escape(v.scope().name()) + (line.year() == null ? "" : " · " + line.year()) + "</span>"
                + (v.assessment().role() == ScopeRole.DISTRICT_BENCHMARK
                        ? " <span class=\"role\">" + Html.label(lang, "report.benchmark") + "</span>" : "")
                + " " + Html.badge(v.status(), lang)
                + (r == null ? "" : " <span class=\"pace\">" + Html.label(lang, "report.pace", Numbers.paceRatio(r)) + "</span>")
                + "</figcaption>\n" + chart.draw(v) + "\n" + table.of(v.assessment()) + "\n<p class=\"reason\">"
                + Html.escape(v.reason().in(lang)) + "</p></figure>\n";
    }

    private String term(String key, String value) {
        return "<dt>" + Html.label(lang, key) + "</dt><dd>" + Html.escape(value) + "</dd>\n";
    }
}
