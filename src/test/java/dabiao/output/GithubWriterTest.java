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
        // The yearly quota's 2024 verdict points at that year's year-end figure.
        assertThat(lines.get(1)).contains("2024-Q4.yaml", "title=yearly · 2024::");
        assertThat(errors).isEqualTo(3);
        assertThat(lines.get(0)).contains(",line=5,", "title=Service retail above 50 %25 of retail sales::");
        assertThat(lines.get(5)).isEqualTo("dabiao: 36 verdicts as of 2025-Q2; 3 at or past --fail-on off-track (errors), "
                + "2 more at risk or worse (warnings)");
    }

    @Test
    void failOnNever_turnsEveryErrorIntoAWarning() throws Exception {
        String out = WriterGoldenTest.render(Format.GITHUB.writer(new WriterOptions(Lang.ZH, null, false)));
        assertThat(out).doesNotContain("::error").contains("::warning");
        assertThat(out.lines().filter(l -> l.startsWith("::warning")).count()).isEqualTo(5);
    }
}
