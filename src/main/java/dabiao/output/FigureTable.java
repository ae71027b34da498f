package dabiao.output;

import dabiao.engine.PlanCalendar;
import dabiao.model.Amounts;
import dabiao.model.Assessment;
import dabiao.model.Lang;
import dabiao.model.Point;

import java.util.List;

/**
 * The figures a chart plots, as a table under it, so that nothing lives only in a tooltip that phones and
 * printouts cannot show: each period, its figure, and the level the straight path expects by then. The
 * unit is said once, in the header; the rows are split into two tables side by side to stay short.
 */
final class FigureTable {

    private final Lang lang;
    private final String unit;

    FigureTable(Lang lang, String unit) {
        this.lang = lang;
        this.unit = unit.strip();
    }

    /** The tables of {@code a}'s plotted figures; empty when it plots none. */
    String of(Assessment a) {
        List<Point> series = a.series();
        if (series.isEmpty()) {
            return "";
        }
        Point start = SvgChart.pathStart(a);
        int half = (series.size() + 1) / 2;
        StringBuilder html = new StringBuilder("<div class=\"figs\">");
        if (!unit.isEmpty()) {
            html.append("<p class=\"unit\">").append(Html.label(lang, "report.table.unit", unit)).append("</p>");
        }
        for (List<Point> part : series.size() < 6 ? List.of(series) : List.of(series.subList(0, half),
                series.subList(half, series.size()))) {
            html.append("<table><thead><tr><th>").append(Html.label(lang, "report.table.period")).append("</th><th>")
                    .append(Html.label(lang, "report.table.figure")).append("</th><th>")
                    .append(Html.label(lang, "report.table.expected")).append("</th></tr></thead><tbody>");
            for (Point p : part) {
                double expected = PlanCalendar.onPath(start, a.required(), a.deadline(), p.period());
                html.append(p == a.latest() ? "<tr class=\"latest\">" : "<tr>").append("<td>").append(p.period())
                        .append("</td><td>").append(Html.escape(Amounts.of(p.value(), "", lang))).append("</td><td>")
                        .append(Html.escape(Amounts.of(expected, "", lang))).append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        return html.append("</div>").toString();
    }
}
