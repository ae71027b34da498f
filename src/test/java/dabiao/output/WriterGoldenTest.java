package dabiao.output;

import dabiao.model.Lang;
import dabiao.model.Status;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each format's exact output on one report with every status ({@link SampleReport}), compared with a
 * golden file in {@code src/test/resources/golden}. After a deliberate change, regenerate with
 * {@code mvn test -Dtest=WriterGoldenTest -Dgolden.update=true} and review the diff.
 */
class WriterGoldenTest {

    /** The CI formats fail on off-track, so that at-risk shows as a warning below the threshold. */
    static final WriterOptions ZH = new WriterOptions(Lang.ZH, Status.OFF_TRACK, false);
    static final WriterOptions EN = new WriterOptions(Lang.EN, Status.OFF_TRACK, false);

    @Test
    void tableInChinese() throws IOException {
        assertGolden("table-zh.txt", Format.TABLE.writer(ZH));
    }

    @Test
    void tableInEnglish() throws IOException {
        assertGolden("table-en.txt", Format.TABLE.writer(EN));
    }

    @Test
    void json() throws IOException {
        assertGolden("verdicts.json", Format.JSON.writer(ZH));
    }

    @Test
    void csv() throws IOException {
        assertGolden("verdicts.csv", Format.CSV.writer(ZH));
    }

    @Test
    void markdownInChinese() throws IOException {
        assertGolden("summary-zh.md", Format.MARKDOWN.writer(ZH));
    }

    @Test
    void markdownInEnglish() throws IOException {
        assertGolden("summary-en.md", Format.MARKDOWN.writer(EN));
    }

    @Test
    void junit() throws IOException {
        assertGolden("junit.xml", Format.JUNIT.writer(ZH));
    }

    @Test
    void githubInChinese() throws IOException {
        assertGolden("github-zh.txt", Format.GITHUB.writer(ZH));
    }

    @Test
    void githubInEnglish() throws IOException {
        assertGolden("github-en.txt", Format.GITHUB.writer(EN));
    }

    @Test
    void sarif() throws IOException {
        assertGolden("verdicts.sarif", Format.SARIF.writer(ZH));
    }

    @Test
    void htmlInChinese() throws IOException {
        assertGolden("report-zh.html", Format.HTML.writer(html(Lang.ZH)));
    }

    @Test
    void htmlInEnglish() throws IOException {
        assertGolden("report-en.html", Format.HTML.writer(html(Lang.EN)));
    }

    /** The html report's options: a fixed origin, so that the generation time never breaks a golden file. */
    static WriterOptions html(Lang lang) {
        return new WriterOptions(lang, Status.OFF_TRACK, false, SourceLinks.NONE, SampleReport.origin());
    }

    static String render(ReportWriter writer) throws IOException {
        StringWriter out = new StringWriter();
        writer.write(SampleReport.report(), out);
        return SampleReport.relative(out.toString());
    }

    static void assertGolden(String name, ReportWriter writer) throws IOException {
        String actual = render(writer);
        Path golden = Path.of("src/test/resources/golden", name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
