package dabiao.output;

import dabiao.engine.Labels;
import dabiao.model.Lang;
import dabiao.model.Numbers;
import dabiao.model.Report;
import dabiao.model.Scope;
import dabiao.model.Status;
import dabiao.model.Verdict;

import java.util.List;
import java.util.Map;

/**
 * One region's part at the top of the HTML report: how many verdicts have each status, then what needs
 * attention ({@link Attention}), worst first, each with its gap to target, pace, deadline and a link to
 * its chart.
 */
final class HtmlAttention {

    private final Lang lang;

    HtmlAttention(Lang lang) {
        this.lang = lang;
    }

    /** The part of {@code region}, whose verdicts are those of {@code report}. */
    String of(Scope region, Report report) {
        StringBuilder html = new StringBuilder("<section class=\"region\" id=\"r-").append(region.code()).append("\">\n<h2>")
                .append(Html.escape(region.name())).append(" <small>").append(region.code()).append("</small></h2>\n")
                .append("<div class=\"counts\">\n");
        for (Map.Entry<Status, Integer> e : report.summary().entrySet()) {
            html.append("<div class=\"count ").append(Html.css(e.getKey())).append("\" data-count=\"")
                    .append(e.getKey().id()).append("\"><b>").append(e.getValue()).append("</b><span>")
                    .append(Html.escape(e.getKey().label(lang))).append("</span></div>\n");
        }
        html.append("</div>\n");
        List<Verdict> attention = Attention.of(report);
        html.append("<h3>").append(Html.label(lang, "report.attention")).append(" <small>").append(attention.size())
                .append("</small></h3>\n");
        if (attention.isEmpty()) {
            return html.append("<p class=\"note\">").append(Html.label(lang, "report.attention-none"))
                    .append("</p>\n</section>\n").toString();
        }
        html.append("<table class=\"attention\">\n<thead><tr><th>").append(Html.label(lang, "report.status"))
                .append("</th><th>").append(Html.label(lang, "report.scope")).append("</th><th>")
                .append(Html.label(lang, "report.target")).append("</th><th>").append(Html.label(lang, "report.gap"))
                .append("</th><th>").append(Html.label(lang, "report.pace-ratio")).append("</th><th>")
                .append(Html.label(lang, "report.deadline")).append("</th></tr></thead>\n<tbody>\n");
        for (Verdict v : attention) {
            String gap = Gaps.of(v, report.catalog(), lang);
            Double pace = v.assessment().paceRatio();
            html.append("<tr data-attention=\"").append(v.status().id()).append("\">").append(Html.verdictCells(v, lang))
                    .append("<td>")
                    .append(gap == null ? "—" : Html.escape(gap)).append(pace == null ? "</td><td class=\"none\">—" : "</td><td>"
                            + Html.label(lang, "report.pace", Numbers.paceRatio(pace))).append("</td><td>")
                    .append(Html.escape(Labels.deadline(v.assessment().deadline(), lang))).append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n</section>\n").toString();
    }
}
