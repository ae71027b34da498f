package dabiao.output;

import dabiao.model.Lang;
import dabiao.model.Target;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The contents of the HTML report: each region's targets grouped by plan, then by clause, in rule order. */
final class HtmlContents {

    private final Lang lang;

    HtmlContents(Lang lang) {
        this.lang = lang;
    }

    String of(List<VerdictGrid> grids) {
        StringBuilder html = new StringBuilder("<nav class=\"toc\" id=\"contents\">\n<h2>")
                .append(Html.label(lang, "report.contents")).append("</h2>\n");
        for (VerdictGrid grid : grids) {
            String region = grid.region().code();
            html.append("<h3>").append(Html.escape(grid.region().name())).append("</h3>\n");
            Map<String, Map<String, List<Target>>> byPlan = new LinkedHashMap<>();
            for (Target t : grid.targets()) {
                byPlan.computeIfAbsent(t.provenance().document(), d -> new LinkedHashMap<>())
                        .computeIfAbsent(t.provenance().clause(), c -> new java.util.ArrayList<>()).add(t);
            }
            for (Map.Entry<String, Map<String, List<Target>>> plan : byPlan.entrySet()) {
                html.append("<div class=\"plan\"><h4>").append(Html.escape(plan.getKey())).append("</h4>\n<ul>\n");
                for (Map.Entry<String, List<Target>> clause : plan.getValue().entrySet()) {
                    html.append("<li><span class=\"clause\">").append(Html.escape(clause.getKey())).append("</span> ");
                    String separator = "";
                    for (Target t : clause.getValue()) {
                        html.append(separator).append("<a href=\"#").append(Html.section(region, t)).append("\">")
                                .append(Html.escape(t.title(lang))).append("</a>");
                        separator = " · ";
                    }
                    html.append("</li>\n");
                }
                html.append("</ul></div>\n");
            }
        }
        return html.append("</nav>\n").toString();
    }
}
