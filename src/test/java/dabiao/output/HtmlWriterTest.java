package dabiao.output;

import dabiao.model.Lang;
import dabiao.model.Status;
import dabiao.model.Verdict;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's promises that a golden file would not make obvious: self-contained, one cell per verdict. */
class HtmlWriterTest {

    private static String html(Lang lang) throws IOException {
        return WriterGoldenTest.render(Format.HTML.writer(new WriterOptions(lang, Status.MISSED, false)));
    }

    @Test
    void selfContained_noScriptNoUrlNoExternalResource() throws IOException {
        String html = html(Lang.ZH);
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("http:").doesNotContain("https:")
                .doesNotContain("src=").doesNotContain("<link").doesNotContain("@import").doesNotContain("url(");
    }

    @Test
    void heatMap_hasOneCellPerVerdict_andEachCellLinksToItsChart() throws IOException {
        String html = html(Lang.ZH);
        Matcher cell = Pattern.compile("<td class=\"cell s-([a-z-]+)\" data-status=\"\\1\" data-target=\"([a-z0-9-]+)\" "
                + "data-scope=\"(\\d+)\"[^>]*><a href=\"#([^\"]+)\">").matcher(html);
        int cells = 0;
        while (cell.find()) {
            cells++;
            assertThat(html).contains("<figure class=\"s-" + cell.group(1) + "\" id=\"" + cell.group(4) + "\">");
        }
        assertThat(cells).isEqualTo(SampleReport.report().verdicts().size());
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
    void chartDrawsFiguresPathProjectionAndDeadline() throws IOException {
        String html = html(Lang.ZH);
        String huangpu = html.substring(html.indexOf("id=\"t-310000-sh23-1-community-services-15min-310101\""));
        huangpu = huangpu.substring(0, huangpu.indexOf("</figure>"));
        assertThat(huangpu).contains("class=\"series\"", "class=\"path\"", "class=\"deadline\"", "class=\"goal\"",
                "<title>2025-Q2: 78.5%", "有风险", "进度比 0.63");
    }

    @Test
    void escape_coversMarkupAndAttributes() {
        assertThat(Html.escape("<a href=\"x\">'&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    }
}
