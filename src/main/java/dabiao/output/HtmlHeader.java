package dabiao.output;

import dabiao.model.Lang;
import dabiao.model.Origin;
import dabiao.model.Report;
import dabiao.model.Scope;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The top of the HTML report, saying what it is: the regions, the as-of period, when and by what it was
 * made, the digests that reproduce it, what the snapshots say of their figures, and a banner when they
 * say the figures are illustrative.
 */
final class HtmlHeader {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private final Lang lang;

    HtmlHeader(Lang lang) {
        this.lang = lang;
    }

    /** The header; {@code origin} null leaves out what only the command knows (time, version, digests). */
    String of(Report report, List<Scope> regions, Origin origin) {
        StringBuilder html = new StringBuilder("<header>\n<h1>")
                .append(Html.label(lang, "report.title", report.asOf())).append("</h1>\n<p class=\"meta\">");
        html.append("<span>").append(Html.label(lang, "report.regions", lang.list(regions.stream()
                .map(r -> r.name() + " " + r.code()).toList())))
                .append("</span> <span data-as-of=\"").append(report.asOf()).append("\">")
                .append(Html.label(lang, "report.as-of", report.asOf())).append("</span>");
        if (origin != null) {
            html.append(" <span data-generated=\"").append(origin.generatedAt()).append("\">")
                    .append(Html.label(lang, "report.generated", GENERATED.format(origin.generatedAt())))
                    .append("</span> <span>").append(Html.escape(origin.version())).append("</span>");
        }
        html.append("</p>\n");
        if (origin != null && origin.illustrative()) {
            html.append("<p class=\"banner\" role=\"note\"><b>").append(Html.label(lang, "report.illustrative"))
                    .append("</b> ").append(Html.label(lang, "report.illustrative-note")).append("</p>\n");
        }
        html.append("<p class=\"sub\">").append(Html.label(lang, "report.subtitle", report.verdicts().size(),
                report.verdicts().stream().map(v -> v.target().id()).distinct().count(), regions.size())).append("</p>\n");
        if (origin != null) {
            html.append(provenance(report, origin));
        }
        return html.append("</header>\n").toString();
    }

    private String provenance(Report report, Origin origin) {
        StringBuilder html = new StringBuilder("<dl class=\"repro\">\n<dt>")
                .append(Html.label(lang, "report.rules-sha")).append("</dt><dd><code data-sha256=\"rules\">")
                .append(origin.rulesSha256()).append("</code></dd>\n<dt>")
                .append(Html.label(lang, "report.snapshots-sha")).append("</dt><dd><code data-sha256=\"snapshots\">")
                .append(origin.snapshotsSha256()).append("</code> ")
                .append(Html.label(lang, "report.snapshots-count", origin.snapshots(), report.asOf())).append("</dd>\n");
        if (!origin.sources().isEmpty()) {
            html.append("<dt>").append(Html.label(lang, "report.sources")).append("</dt><dd><ul>");
            for (Origin.Source s : origin.sources()) {
                html.append(s.illustrative() ? "<li class=\"illustrative\">" : "<li>")
                        .append(Html.label(lang, "report.source", s.region().name(), s.first(), s.last(), s.text()))
                        .append("</li>");
            }
            html.append("</ul></dd>\n");
        }
        return html.append("</dl>\n").toString();
    }
}
