package dabiao.output;

import dabiao.model.Lang;
import dabiao.model.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Workflow commands parsed back by GitHub's rules: name, properties split on commas, escapes undone. */
class GithubWriterTest {

    private static final Pattern COMMAND = Pattern.compile("^::(error|warning) ([^:]*)::(.*)$");

    @Test
    void escapes_followTheWorkflowCommandRules() {
        assertThat(GithubWriter.data("50% done\r\nnext")).isEqualTo("50%25 done%0D%0Anext");
        assertThat(GithubWriter.property("a:b,c%")).isEqualTo("a%3Ab%2Cc%25");
        // Chinese full-width punctuation separates nothing for GitHub and stays as written.
        assertThat(GithubWriter.property("浦东新区：托位，每千人 4.5个, 85%")).isEqualTo("浦东新区：托位，每千人 4.5个%2C 85%25");
        assertThat(GithubWriter.data("原因：未达到 ≥ 1.8万亿元/年，差 20%\n")).isEqualTo("原因：未达到 ≥ 1.8万亿元/年，差 20%25%0A");
    }

    @Test
    void everyCommandParses_andPointsAtTheFigure() throws Exception {
        List<String> lines = WriterGoldenTest.render(Format.GITHUB.writer(new WriterOptions(Lang.EN, Status.OFF_TRACK, false)))
                .lines().toList();
        assertThat(lines).hasSize(6);
        int errors = 0;
        for (String line : lines.subList(0, 5)) {
            Matcher m = COMMAND.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            errors += m.group(1).equals("error") ? 1 : 0;
            String[] props = m.group(2).split(",");
            assertThat(props[0]).startsWith("file=").matches(".*indicators/shanghai/20\\d\\d-Q[1-4]\\.yaml");
            assertThat(props[1]).matches("line=\\d+");
            assertThat(props[3]).startsWith("title=");
        }
        // Worst first: the missed yearly quota (pointing at that year's year-end figure), then the
        // off-track verdicts by the share of their target still missing (27 % before 7 %), then warnings.
        assertThat(lines.get(0)).contains("2024-Q4.yaml", "title=yearly · 2024::");
        assertThat(lines.get(1)).contains("长宁区 310105 · off track");
        assertThat(lines.get(2)).contains(",line=5,", "title=Service retail above 50 %25 of retail sales::");
        assertThat(lines.subList(3, 5)).allMatch(l -> l.startsWith("::warning "));
        assertThat(errors).isEqualTo(3);
        assertThat(lines.get(5)).isEqualTo("dabiao: 36 verdicts as of 2025-Q2; 3 at or past --fail-on off-track (errors), "
                + "2 more at risk or worse (warnings)");
    }

    @Test
    void failOnNever_turnsEveryErrorIntoAWarning() throws Exception {
        String out = WriterGoldenTest.render(Format.GITHUB.writer(new WriterOptions(Lang.ZH, null, false)));
        assertThat(out).doesNotContain("::error").contains("::warning");
        assertThat(out.lines().filter(l -> l.startsWith("::warning")).count()).isEqualTo(5);
    }

    @Test
    void failOnMet_annotatesFailingVerdictsThatNeedNoAttention() throws Exception {
        // --fail-on met fails the met and on-track verdicts too: each is an error, not left out.
        String out = WriterGoldenTest.render(Format.GITHUB.writer(new WriterOptions(Lang.EN, Status.MET, false)));
        assertThat(out.lines().filter(l -> l.startsWith("::error ")).count()).isEqualTo(9);
        assertThat(out).contains("9 at or past --fail-on met (errors), 0 more at risk or worse");
    }
}
