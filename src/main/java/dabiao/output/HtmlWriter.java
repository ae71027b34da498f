package dabiao.output;

import dabiao.engine.Labels;
import dabiao.engine.Wording;
import dabiao.diagnostics.Messages;
import dabiao.model.Indicator;
import dabiao.model.Lang;
import dabiao.model.Numbers;
import dabiao.model.Report;
import dabiao.model.Scope;
import dabiao.model.ScopeRole;
import dabiao.model.Status;
import dabiao.model.Target;
import dabiao.model.Verdict;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code --format html}: the quarterly report as one file that opens offline. Headline counts; per
 * region a heat map with one cell per verdict, coloured by status; then per target its provenance
 * (document, clause, the plan's own Chinese words) beside one chart per scope. No script, no external
 * resource: the style sheet is inlined and the charts are SVG ({@link SvgChart}).
 */
public final class HtmlWriter implements ReportWriter {

    private static final String STYLE = "/dabiao/report.css";

    private final Lang lang;

    public HtmlWriter(Lang lang) {
        this.lang = lang;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        String title = Messages.get(lang, "report.title", report.asOf());
        out.write("<!DOCTYPE html>\n<html lang=\"" + (lang == Lang.ZH ? "zh-CN" : "en") + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n<style>\n" + style() + "</style>\n</head>\n<body>\n");
        out.write("<header>\n<h1>" + escape(title) + "</h1>\n");
        out.write("<p class=\"sub\">" + escape(Messages.get(lang, "report.subtitle", report.verdicts().size(),
                report.verdicts().stream().map(v -> v.target().id()).distinct().count(),
                report.verdicts().stream().map(v -> v.scope().region()).distinct().count())) + "</p>\n</header>\n");
        counts(report, out);
        var grids = VerdictGrid.of(report);
        out.write("<h2>" + escape(Messages.get(lang, "report.heatmap")) + "</h2>\n<p class=\"note\">"
                + escape(Messages.get(lang, "report.heatmap-note")) + "</p>\n");
        for (VerdictGrid grid : grids) {
            heatMap(grid, out);
        }
        out.write("<h2>" + escape(Messages.get(lang, "report.targets")) + "</h2>\n<p class=\"note legend\">"
                + "<span class=\"k series\"></span>" + escape(Messages.get(lang, "report.chart.figures"))
                + " <span class=\"k path\"></span>" + escape(Messages.get(lang, "report.chart.path"))
                + " <span class=\"k projection\"></span>" + escape(Messages.get(lang, "report.chart.projection"))
                + " <span class=\"k deadline\"></span>" + escape(Messages.get(lang, "report.chart.deadline"))
                + " <span class=\"k goal\"></span>" + escape(Messages.get(lang, "report.chart.target")) + "</p>\n");
        for (VerdictGrid grid : grids) {
            for (Target t : grid.targets()) {
                target(grid, t, report, out);
            }
        }
        out.write("<footer>" + escape(Messages.get(lang, "report.footer")) + "</footer>\n</body>\n</html>\n");
    }

    private void counts(Report report, Writer out) throws IOException {
        out.write("<section class=\"counts\">\n");
        for (Map.Entry<Status, Integer> e : report.summary().entrySet()) {
            out.write("<div class=\"count " + css(e.getKey()) + "\" data-count=\"" + e.getKey().id() + "\"><b>"
                    + e.getValue() + "</b><span>" + escape(e.getKey().label(lang)) + "</span></div>\n");
        }
        out.write("</section>\n");
    }

    private void heatMap(VerdictGrid grid, Writer out) throws IOException {
        out.write("<h3>" + escape(grid.region().name()) + " " + grid.region().code() + "</h3>\n");
        out.write("<div class=\"scroll\"><table class=\"heat\">\n<thead><tr><th class=\"t\">"
                + escape(Messages.get(lang, "report.target")) + "</th>");
        for (Scope s : grid.scopes()) {
            out.write("<th class=\"s\" title=\"" + s.code() + "\"><span>" + escape(s.name()) + "</span></th>");
        }
        out.write("</tr></thead>\n<tbody>\n");
        for (VerdictGrid.Line line : grid.lines()) {
            Target t = line.target();
            out.write("<tr><th class=\"t\"><a href=\"#" + anchor(grid, t) + "\">" + escape(line.title(lang)) + "</a></th>");
            for (Scope s : grid.scopes()) {
                Verdict v = grid.at(line, s);
                if (v == null) {
                    out.write("<td class=\"na\"></td>");
                    continue;
                }
                out.write("<td class=\"cell " + css(v.status()) + "\" data-status=\"" + v.status().id()
                        + "\" data-target=\"" + escape(t.id()) + "\" data-scope=\"" + s.code() + "\" title=\""
                        + escape(s.name() + " · " + t.title(lang) + "\n" + v.status().label(lang) + " — "
                                + v.reason().in(lang)) + "\"><a href=\"#" + anchor(v) + "\">"
                        + mark(v.status()) + "</a></td>");
            }
            out.write("</tr>\n");
        }
        out.write("</tbody>\n</table></div>\n");
    }

    private void target(VerdictGrid grid, Target t, Report report, Writer out) throws IOException {
        Indicator indicator = report.catalog().find(t.indicator()).orElse(null);
        String unit = indicator == null ? "" : indicator.unitAfterFigure(lang);
        out.write("<section class=\"target\" id=\"" + anchor(grid, t) + "\">\n<div class=\"prov\">\n<h3>"
                + escape(t.title(lang)) + "</h3>\n<p class=\"id\"><code>" + escape(t.id()) + "</code> · "
                + escape(grid.region().name()) + "</p>\n");
        out.write("<p class=\"doc\">" + escape(t.provenance().document()) + escape(t.provenance().clause()) + "</p>\n");
        out.write("<blockquote lang=\"zh-CN\">" + escape(t.provenance().wording()) + "</blockquote>\n<dl>\n");
        term("report.requirement", (indicator == null ? t.indicator() : indicator.name(lang)) + " "
                + Wording.requirement(t, report.catalog(), lang), out);
        term("report.deadline", Labels.deadline(t.deadline(), lang), out);
        term("report.form", Labels.form(t.form(), lang), out);
        term("report.rule", t.rule() + (t.source() == null ? "" : " (" + t.source() + ")"), out);
        out.write("</dl>\n</div>\n<div class=\"charts\">\n");
        SvgChart chart = new SvgChart(lang, unit);
        for (VerdictGrid.Line line : grid.linesOf(t)) {
            for (Scope s : grid.scopes()) {
                Verdict v = grid.at(line, s);
                if (v != null) {
                    figure(v, line, chart, out);
                }
            }
        }
        out.write("</div>\n</section>\n");
    }

    private void figure(Verdict v, VerdictGrid.Line line, SvgChart chart, Writer out) throws IOException {
        out.write("<figure class=\"" + css(v.status()) + "\" id=\"" + anchor(v) + "\">"
                + "<figcaption><span class=\"scope\">" + escape(v.scope().name())
                + (line.year() == null ? "" : " · " + line.year()) + "</span>"
                + (v.assessment().role() == ScopeRole.DISTRICT_BENCHMARK
                        ? " <span class=\"role\">" + escape(Messages.get(lang, "report.benchmark")) + "</span>" : "")
                + " <span class=\"badge\">"
                + escape(v.status().label(lang)) + "</span>" + pace(v) + "</figcaption>\n" + chart.draw(v)
                + "\n<p class=\"reason\">" + escape(v.reason().in(lang)) + "</p></figure>\n");
    }

    private String pace(Verdict v) {
        Double r = v.assessment().paceRatio();
        return r == null ? "" : " <span class=\"pace\">" + escape(Messages.get(lang, "report.pace", Numbers.paceRatio(r))) + "</span>";
    }

    private void term(String key, String value, Writer out) throws IOException {
        out.write("<dt>" + escape(Messages.get(lang, key)) + "</dt><dd>" + escape(value) + "</dd>\n");
    }

    private static String anchor(VerdictGrid grid, Target t) {
        return anchor(grid.region().code(), t);
    }

    /** A target's section in a region's part of the report. */
    private static String anchor(String region, Target t) {
        return "t-" + region + "-" + t.id();
    }

    /** A verdict's chart: its target's section, its scope, and the year of a quota. */
    private static String anchor(Verdict v) {
        return anchor(v.scope().region(), v.target()) + "-" + v.scope().code() + (v.year() == null ? "" : "-" + v.year());
    }

    private static String css(Status s) {
        return "s-" + s.id();
    }

    /** A mark beside the colour, for readers who cannot tell the colours apart and for print. */
    private static String mark(Status s) {
        return switch (s) {
            case MET -> "✓";
            case ON_TRACK -> "↗";
            case AT_RISK -> "!";
            case OFF_TRACK -> "‼";
            case MISSED -> "✕";
            case NO_DATA -> "·";
        };
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String style() {
        try (InputStream in = HtmlWriter.class.getResourceAsStream(STYLE)) {
            if (in == null) {
                throw new IllegalStateException(STYLE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
