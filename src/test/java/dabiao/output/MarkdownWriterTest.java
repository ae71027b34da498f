package dabiao.output;

import dabiao.model.Lang;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The job summary's size guard and its escaping; its full shape is in the golden files. */
class MarkdownWriterTest {

    @Test
    void reportOverTheLimit_isSummarisedWithinIt() throws IOException {
        String full = WriterGoldenTest.render(new MarkdownWriter(Lang.ZH, MarkdownWriter.GITHUB_LIMIT));
        int limit = full.getBytes(StandardCharsets.UTF_8).length - 1;
        String summary = WriterGoldenTest.render(new MarkdownWriter(Lang.ZH, limit));
        assertThat(summary.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(limit);
        assertThat(summary).contains("## dabiao 达标评估（截至 2025-Q2）", "| 上海市 310000 | 2 | 2 | 2 | 2 | 1 | 27 |",
                "超过 GitHub 作业摘要 1 MiB 的上限").doesNotContain("黄浦区");
    }

    @Test
    void reportUnderTheLimit_hasOneMarkPerVerdict() throws IOException {
        String full = WriterGoldenTest.render(new MarkdownWriter(Lang.EN, MarkdownWriter.GITHUB_LIMIT));
        int marks = 0;
        for (String mark : new String[] {"✅", "🟢", "🟡", "🟠", "🔴", "⚪"}) {
            String table = full.substring(full.indexOf("### 上海市"), full.indexOf("### Needs attention"));
            marks += table.split(mark, -1).length - 1;
        }
        assertThat(marks).isEqualTo(SampleReport.report().verdicts().size());
    }

    @Test
    void activeCharacters_areEscaped() {
        assertThat(MarkdownWriter.escape("a|b *c* <d>\nx")).isEqualTo("a\\|b \\*c\\* \\<d\\> x");
    }
}
