package dabiao.output;

import dabiao.model.Lang;
import dabiao.model.Point;
import dabiao.model.Report;
import dabiao.model.Status;
import dabiao.model.Verdict;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's promises that a golden file would not make obvious: self-contained, one cell per verdict. */
class HtmlWriterTest {

    private static String html(Lang lang) throws IOException {
        return WriterGoldenTest.render(Format.HTML.writer(WriterGoldenTest.html(lang)));
    }

    private static String section(String html, String from, String to) {
        String part = html.substring(html.indexOf(from));
        return part.substring(0, part.indexOf(to));
    }

    @Test
    void selfContained_noScriptNoUrlNoExternalResource() throws IOException {
        String html = html(Lang.ZH);
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("http:").doesNotContain("https:")
                .doesNotContain("src=").doesNotContain("<link").doesNotContain("@import").doesNotContain("url(");
    }

    @Test
    void header_saysRegionAsOfGenerationTimeVersionDigestsAndSources_withTheIllustrativeBanner() throws IOException {
        String header = section(html(Lang.ZH), "<header>", "</header>");
        assertThat(header).contains("地区：上海市 310000", "截至 2025-Q2", "生成于 2025-07-15 09:30:00 +08:00", "dabiao 0.1.0",
                "<code data-sha256=\"rules\">" + "1".repeat(64), "<code data-sha256=\"snapshots\">" + "2".repeat(64),
                "（4 个数据文件，快照截至 2025-Q2）", "上海市 2020-Q4–2025-Q2：示例数据（illustrative）：测试用",
                "<p class=\"banner\" role=\"note\"><b>示例数据，不是官方统计。</b>");
        assertThat(section(html(Lang.EN), "<header>", "</header>"))
                .contains("generated 2025-07-15 09:30:00 +08:00", "Illustrative figures, not official statistics.");
    }

    @Test
    void withoutAnOrigin_theHeaderClaimsNoTimeNoDigestAndNoChanges() throws IOException {
        String html = WriterGoldenTest.render(Format.HTML.writer(new WriterOptions(Lang.ZH, Status.MISSED, false)));
        assertThat(html).contains("截至 2025-Q2").doesNotContain("生成于", "SHA-256", "class=\"banner\"", "id=\"changes\"");
    }

    @Test
    void attention_listsEveryVerdictAtOrPastAtRisk_worstFirst_withGapPaceDeadlineAndLink() throws IOException {
        String html = html(Lang.ZH);
        List<Verdict> expected = Attention.of(SampleReport.report());
        Matcher row = Pattern.compile("<tr data-attention=\"([a-z-]+)\">.*?<a href=\"#([^\"]+)\">").matcher(html);
        int n = 0;
        while (row.find()) {
            Verdict v = expected.get(n++);
            assertThat(row.group(1)).isEqualTo(v.status().id());
            assertThat(row.group(2)).isEqualTo(Html.chart(v));
            assertThat(html).contains("<figure class=\"s-" + v.status().id() + "\" id=\"" + row.group(2) + "\">");
        }
        assertThat(n).isEqualTo(expected.size()).isEqualTo(5);
        assertThat(html).contains("<td>徐汇区</td><td><a href=\"#t-310000-sh23-15-childcare-per-1000-310104\">"
                + "每千人口托位数达到4.5个</a></td><td>还差 0.4个/千人</td><td>进度比 0.81</td><td>2025年末</td>");
        assertThat(html(Lang.EN)).contains("<td>0.4 places per 1,000 residents short</td>");
    }

    @Test
    void changes_listWhatMovedSincePreviousPeriod_asDiffGroupsThem() throws IOException {
        String changes = section(html(Lang.ZH), "<section class=\"changes\"", "</section>");
        assertThat(changes).contains("上一期以来的变化（2025-Q1 → 2025-Q2）", "36 项评估中有 7 项状态变化。", "<h3>新达标 <small>1</small></h3>",
                "<td>无数据 → 已达标</td><td>3个/千人 (2020-Q4) → 4.6个/千人 (2025-Q2)</td>");
        assertThat(Pattern.compile("<tr data-move=").matcher(changes).results().count()).isEqualTo(7);
    }

    @Test
    void heatMap_hasOneCellPerVerdict_eachLinkingToItsChart_districtRowsApartFromRegionRows() throws IOException {
        String html = html(Lang.ZH);
        Matcher cell = Pattern.compile("<a class=\"cell s-([a-z-]+)\" data-status=\"\\1\" data-target=\"([a-z0-9-]+)\" "
                + "data-scope=\"(\\d+)\" href=\"#([^\"]+)\"").matcher(html);
        int cells = 0;
        while (cell.find()) {
            cells++;
            assertThat(html).contains("<figure class=\"s-" + cell.group(1) + "\" id=\"" + cell.group(4) + "\">");
        }
        assertThat(cells).isEqualTo(SampleReport.report().verdicts().size());
        String districts = section(html, "<table class=\"heat\">", "</table>");
        String region = section(html, "<ul class=\"wide\">", "</ul>");
        assertThat(districts).contains("data-target=\"sh23-15-childcare-per-1000\"").doesNotContain("form-yearly");
        assertThat(region).contains("每年新增各类品牌首店800家以上 · 2024", "服务零售额占比超过50%")
                .doesNotContain("data-scope=\"3101");
    }

    @Test
    void contents_groupTheTargetsByPlanThenClause() throws IOException {
        String toc = section(html(Lang.ZH), "<nav class=\"toc\"", "</nav>");
        assertThat(toc).contains("<h4>沪府办发〔2022〕23号</h4>\n<ul>\n<li><span class=\"clause\">（十五）</span> "
                + "<a href=\"#t-310000-sh23-15-childcare-per-1000\">每千人口托位数达到4.5个</a></li>");
    }

    @Test
    void everyTargetShowsItsProvenanceInChinese_evenInEnglish() throws IOException {
        String html = html(Lang.EN);
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").contains("dabiao target report as of 2025-Q2");
        for (Verdict v : SampleReport.report().verdicts()) {
            assertThat(html).contains("<blockquote lang=\"zh-CN\">" + Html.escape(v.target().provenance().wording()),
                    Html.escape(v.target().provenance().document() + v.target().provenance().clause()));
        }
    }

    @Test
    void chartDrawsFiguresPathProjectionAndDeadline_andTabulatesWhatItPlots() throws IOException {
        String html = html(Lang.ZH);
        String huangpu = section(html, "id=\"t-310000-sh23-1-community-services-15min-310101\"", "</figure>");
        assertThat(huangpu).contains("class=\"series\"", "class=\"path\"", "class=\"deadline\"", "class=\"goal\"",
                "<title>2025-Q2: 78.5%", "有风险", "进度比 0.63", "<p class=\"unit\">单位：%</p>",
                "<tr><td>2020-Q4</td><td>70</td><td>70</td></tr>",
                // On the path from 70 (2020) to 85 (2025), 4.5 of 5 years gone: 83.5.
                "<tr class=\"latest\"><td>2025-Q2</td><td>78.5</td><td>83.5</td></tr>");
    }

    @Test
    void everyChartWithFiguresHasTheirTable_aRowPerFigure() throws IOException {
        String html = html(Lang.ZH);
        Report report = SampleReport.report();
        for (Verdict v : report.verdicts()) {
            String figure = section(html, "id=\"" + Html.chart(v) + "\"", "</figure>");
            List<Point> series = v.assessment().series();
            long rows = Pattern.compile("<tr(?: class=\"latest\")?><td>\\d{4}").matcher(figure).results().count();
            assertThat(rows).as(Html.chart(v)).isEqualTo(series.size());
        }
    }

    /** WCAG 2.x contrast of each status colour with the text drawn on it, read from the style sheet. */
    @Test
    void statusColoursAndTheirTextMeetWcagAa() throws IOException {
        String css;
        try (InputStream in = HtmlWriter.class.getResourceAsStream("/dabiao/report.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Status s : Status.values()) {
            String background = colour(css, "--" + s.id());
            String text = colour(css, "--on-" + s.id());
            assertThat(contrast(background, text)).as(s.id() + " " + background + " on " + text).isGreaterThanOrEqualTo(4.5);
            assertThat(css).contains(".s-" + s.id() + " { --c: var(--" + s.id() + "); --fg: var(--on-" + s.id() + "); }");
        }
        assertThat(contrast("#1a7f37", "#ffffff")).isCloseTo(5.08, org.assertj.core.data.Offset.offset(0.01));
        assertThat(css).contains("print-color-adjust: exact", "break-inside: avoid", "\"Microsoft YaHei\"", "SimSun",
                "\"PingFang SC\"", "\"Hiragino Sans GB\"", "\"Noto Sans CJK SC\"", "\"WenQuanYi Micro Hei\"");
    }

    private static String colour(String css, String variable) {
        Matcher m = Pattern.compile("(?<![\\w-])" + Pattern.quote(variable) + ": (#[0-9a-f]{6});").matcher(css);
        assertThat(m.find()).as(variable).isTrue();
        return m.group(1);
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    @Test
    void escape_coversMarkupAndAttributes() {
        assertThat(Html.escape("<a href=\"x\">'&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    }
}
