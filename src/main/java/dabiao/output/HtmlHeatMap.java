package dabiao.output;

import dabiao.model.Lang;
import dabiao.model.Scope;
import dabiao.model.ScopeLevel;
import dabiao.model.Status;
import dabiao.model.Verdict;

import java.util.List;

/**
 * A region's heat map in the HTML report, compact: the targets judged on districts as a grid (the region
 * and each district across), then the targets judged on the region alone as a list of single cells, so
 * that the few district rows are not buried under many one-cell rows. Every cell links to its chart.
 */
final class HtmlHeatMap {

    private final Lang lang;

    HtmlHeatMap(Lang lang) {
        this.lang = lang;
    }

    /** What each colour and mark stands for, said once above the maps. */
    String legend() {
        StringBuilder html = new StringBuilder("<p class=\"note marks\">");
        for (Status s : Status.values()) {
            html.append("<span class=\"cell ").append(Html.css(s)).append("\">").append(Html.mark(s)).append("</span> ")
                    .append(Html.escape(s.label(lang))).append(' ');
        }
        return html.append("</p>\n").toString();
    }

    String of(VerdictGrid grid) {
        StringBuilder html = new StringBuilder("<h3>").append(Html.escape(grid.region().name())).append(" <small>")
                .append(grid.region().code()).append("</small></h3>\n");
        html.append(table(grid, ScopeLevel.DISTRICT, "report.heatmap-districts"));
        for (ScopeLevel level : grid.unitLevels()) {
            html.append(table(grid, level, "report.heatmap-units." + level.word()));
        }
        List<VerdictGrid.Line> region = grid.linesAt(ScopeLevel.REGION);
        if (!region.isEmpty()) {
            html.append("<h4>").append(Html.label(lang, "report.heatmap-region", grid.region().name(), region.size()))
                    .append("</h4>\n<ul class=\"wide\">\n");
            for (VerdictGrid.Line line : region) {
                html.append("<li>").append(cell(grid.at(line, grid.region()))).append(" <a href=\"#")
                        .append(Html.section(grid.region().code(), line.target())).append("\">")
                        .append(Html.escape(line.title(lang))).append("</a></li>\n");
            }
            html.append("</ul>\n");
        }
        return html.toString();
    }

    /** The heat map of the lines judged on {@code level}: a row per line, a column per scope of the level. */
    private String table(VerdictGrid grid, ScopeLevel level, String title) {
        List<VerdictGrid.Line> lines = grid.linesAt(level);
        if (lines.isEmpty()) {
            return "";
        }
        List<Scope> columns = grid.columns(level);
        StringBuilder html = new StringBuilder("<h4>").append(Html.label(lang, title, lines.size())).append("</h4>\n")
                .append("<div class=\"scroll\"><table class=\"heat\">\n<thead><tr><th class=\"t\">")
                .append(Html.label(lang, "report.target")).append("</th>");
        for (Scope s : columns) {
            html.append("<th class=\"s\" title=\"").append(s.code()).append("\"><span>").append(Html.escape(s.name()))
                    .append("</span></th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (VerdictGrid.Line line : lines) {
            html.append("<tr><th class=\"t\"><a href=\"#").append(Html.section(grid.region().code(), line.target()))
                    .append("\">").append(Html.escape(line.title(lang))).append("</a></th>");
            for (Scope s : columns) {
                Verdict v = grid.at(line, s);
                html.append(v == null ? "<td class=\"na\"></td>" : "<td>" + cell(v) + "</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table></div>\n").toString();
    }

    /** One verdict's cell: its status as colour and mark, its reason on hover, a link to its chart. */
    private String cell(Verdict v) {
        return "<a class=\"cell " + Html.css(v.status()) + "\" data-status=\"" + v.status().id() + "\" data-target=\""
                + Html.escape(v.target().id()) + "\" data-scope=\"" + v.scope().code() + "\" href=\"#" + Html.chart(v)
                + "\" title=\"" + Html.escape(v.scope().name() + " · " + v.title(lang) + "\n" + v.status().label(lang)
                        + " — " + v.reason().in(lang)) + "\">" + Html.mark(v.status()) + "</a>";
    }
}
