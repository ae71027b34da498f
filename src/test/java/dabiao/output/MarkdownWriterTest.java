package dabiao.output;

import dabiao.model.Lang;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The job summary's order, its links, its size guard and its escaping; its full shape is in the golden files. */
class MarkdownWriterTest {

    private static String render(Lang lang, SourceLinks links, int limit) throws IOException {
        return WriterGoldenTest.render(new MarkdownWriter(lang, links, limit));
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void leadsWithTheCounts_thenWhatNeedsAttention_thenTheTablesFolded() throws IOException {
        String md = render(Lang.ZH, SourceLinks.NONE, MarkdownWriter.GITHUB_LIMIT);
        int counts = md.indexOf("项评估");
        int attention = md.indexOf("### 需要关注");
        int details = md.indexOf("<details><summary>全部结果：目标 × 范围</summary>\n\n### 上海市 310000");
        assertThat(counts).isPositive().isLessThan(attention);
        assertThat(attention).isLessThan(details);
        assertThat(md).endsWith("\n</details>\n");
        // Worst first: the missed yearly quota before the off-track ones, each with the figure's line.
        String list = md.substring(attention, details);
        assertThat(list.indexOf("🔴")).isLessThan(list.indexOf("🟠"));
        assertThat(list).contains("(`indicators/shanghai/2024-Q4.yaml:5:27`)");
    }

    @Test
    void onGitHubActions_eachLineLinksToTheFileAtTheCommit() throws IOException {
        SourceLinks links = SourceLinks.fromEnvironment(Map.of("GITHUB_SERVER_URL", "https://github.com",
                "GITHUB_REPOSITORY", "stats-office/indicators", "GITHUB_SHA", "0123abc"));
        String md = render(Lang.EN, links, MarkdownWriter.GITHUB_LIMIT);
        assertThat(md).contains("([`indicators/shanghai/2024-Q4.yaml:5:27`]"
                + "(https://github.com/stats-office/indicators/blob/0123abc/indicators/shanghai/2024-Q4.yaml#L5))");
        assertThat(SourceLinks.fromEnvironment(Map.of("GITHUB_SHA", "0123abc"))).isEqualTo(SourceLinks.NONE);
        assertThat(new SourceLinks("https://h/r/blob/s/").markdown(new dabiao.model.SourceRef("指标/上海.yaml", 3, 0)))
                .isEqualTo("[`指标/上海.yaml:3`](https://h/r/blob/s/%E6%8C%87%E6%A0%87/%E4%B8%8A%E6%B5%B7.yaml#L3)");
    }

    @Test
    void overTheLimit_theTablesGoFirst_thenTheList() throws IOException {
        String full = render(Lang.ZH, SourceLinks.NONE, MarkdownWriter.GITHUB_LIMIT);
        String noTables = render(Lang.ZH, SourceLinks.NONE, bytes(full) - 1);
        assertThat(bytes(noTables)).isLessThan(bytes(full));
        assertThat(noTables).contains("### 需要关注", "会超过 GitHub 作业摘要 1 MiB 的上限").doesNotContain("<details>");

        int limit = bytes(noTables) - 1;
        String summary = render(Lang.ZH, SourceLinks.NONE, limit);
        assertThat(bytes(summary)).isLessThanOrEqualTo(limit);
        assertThat(summary).contains("## dabiao 达标评估（截至 2025-Q2）", "| 上海市 310000 | 2 | 2 | 2 | 2 | 1 | 27 |",
                "超过 GitHub 作业摘要 1 MiB 的上限").doesNotContain("黄浦区");
    }

    @Test
    void reportUnderTheLimit_hasOneMarkPerVerdictInItsTables() throws IOException {
        String full = render(Lang.EN, SourceLinks.NONE, MarkdownWriter.GITHUB_LIMIT);
        String tables = full.substring(full.indexOf("<details>"));
        int marks = 0;
        for (String mark : new String[] {"✅", "🟢", "🟡", "🟠", "🔴", "⚪"}) {
            marks += tables.split(mark, -1).length - 1;
        }
        assertThat(marks).isEqualTo(SampleReport.report().verdicts().size());
    }

    @Test
    void activeCharacters_areEscaped() {
        assertThat(MarkdownWriter.escape("a|b *c* <d>\nx")).isEqualTo("a\\|b \\*c\\* \\<d\\> x");
    }
}
