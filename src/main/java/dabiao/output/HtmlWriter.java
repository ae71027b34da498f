package dabiao.output;

import dabiao.model.Lang;
import dabiao.model.Origin;
import dabiao.model.Report;
import dabiao.model.Scope;
import dabiao.model.Target;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code --format html}: the quarterly report as one file that opens offline, for the people who act on
 * it. In order: what the report is ({@link HtmlHeader}); per region its statuses and what needs attention
 * ({@link HtmlAttention}); what changed since the previous period ({@link HtmlChanges}); the contents by
 * plan and clause; the heat maps ({@link HtmlHeatMap}); then per target its provenance and charts with
 * their figures ({@link HtmlTargets}). No script, no external resource: the style sheet is inlined and the
 * charts are SVG.
 */
public final class HtmlWriter implements ReportWriter {

    private static final String STYLE = "/dabiao/report.css";

    private final Lang lang;
    private final Origin origin;

    /** A writer; {@code origin} null leaves out the generation time, version, digests and changes. */
    public HtmlWriter(Lang lang, Origin origin) {
        this.lang = lang;
        this.origin = origin;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        List<VerdictGrid> grids = VerdictGrid.of(report);
        List<Scope> regions = grids.stream().map(VerdictGrid::region).toList();
        out.write("<!DOCTYPE html>\n<html lang=\"" + (lang == Lang.ZH ? "zh-CN" : "en") + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.label(lang, "report.title", report.asOf()) + "</title>\n<style>\n" + style()
                + "</style>\n</head>\n<body>\n");
        out.write(new HtmlHeader(lang).of(report, regions, origin));
        HtmlAttention attention = new HtmlAttention(lang);
        for (Scope region : regions) {
            out.write(attention.of(region, new Report(report.asOf(), report.verdicts().stream()
                    .filter(v -> v.scope().region().equals(region.code())).toList(), report.catalog())));
        }
        if (origin != null) {
            out.write(new HtmlChanges(lang, report.catalog()).of(origin.sincePrevious(), report.asOf()));
        }
        out.write(new HtmlContents(lang).of(grids));
        out.write("<section class=\"heatmaps\" id=\"heatmap\">\n<h2>" + Html.label(lang, "report.heatmap")
                + "</h2>\n<p class=\"note\">" + Html.label(lang, "report.heatmap-note") + "</p>\n");
        HtmlHeatMap heatMap = new HtmlHeatMap(lang);
        out.write(heatMap.legend());
        for (VerdictGrid grid : grids) {
            out.write(heatMap.of(grid));
        }
        HtmlTargets targets = new HtmlTargets(lang, report.catalog());
        out.write("</section>\n<h2 id=\"targets\">" + Html.label(lang, "report.targets") + "</h2>\n" + targets.legend()
                + "<div class=\"sections\">\n");
        for (VerdictGrid grid : grids) {
            for (Target t : grid.targets()) {
                out.write(targets.of(grid, t));
            }
        }
        out.write("</div>\n<footer>" + Html.label(lang, "report.footer") + "</footer>\n</body>\n</html>\n");
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
