package dabiao.output;

import dabiao.model.Catalog;
import dabiao.model.Lang;
import dabiao.model.Period;
import dabiao.model.ReportDiff;
import dabiao.model.Verdict;

/**
 * "What changed since the previous quarter" in the HTML report: the verdicts whose status moved
 * ({@link ReportDiff}), grouped by move as {@code dabiao diff} groups them, each linked to its chart.
 */
final class HtmlChanges {

    private final Lang lang;
    private final Catalog catalog;

    HtmlChanges(Lang lang, Catalog catalog) {
        this.lang = lang;
        this.catalog = catalog;
    }

    /** The section; {@code diff} null says that the data has no previous period to compare with. */
    String of(ReportDiff diff, Period asOf) {
        StringBuilder html = new StringBuilder("<section class=\"changes\" id=\"changes\">\n<h2>");
        if (diff == null) {
            return html.append(Html.label(lang, "report.changes", asOf.previous(), asOf)).append("</h2>\n<p class=\"note\">")
                    .append(Html.label(lang, "report.changes-unavailable", asOf.previous())).append("</p>\n</section>\n")
                    .toString();
        }
        html.append(Html.label(lang, "report.changes", diff.from(), diff.to())).append("</h2>\n<p class=\"note\">")
                .append(Html.label(lang, "report.changes-count", diff.changes().size(), diff.compared())).append("</p>\n");
        ReportDiff.Move current = null;
        for (ReportDiff.Change c : diff.changes()) {
            if (c.move() != current) {
                html.append(current == null ? "" : "</tbody></table>\n");
                current = c.move();
                html.append("<h3>").append(Html.escape(Moves.label(current, lang))).append(" <small>")
                        .append(diff.summary().get(current)).append("</small></h3>\n<table class=\"moves\"><tbody>\n");
            }
            Verdict v = c.after();
            html.append("<tr data-move=\"").append(current.id()).append("\">").append(Html.verdictCells(v, lang))
                    .append("<td>")
                    .append(Html.escape(Moves.statuses(c, lang))).append("</td><td>")
                    .append(Html.escape(Moves.figures(c, catalog, lang)))
                    .append("</td></tr>\n");
        }
        return html.append(current == null ? "" : "</tbody></table>\n").append("</section>\n").toString();
    }
}
