package dabiao.output;

import dabiao.model.Lang;
import dabiao.model.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The HTML report opened in a real browser: headless Chromium loads it, logs every console message to
 * stderr, and dumps the DOM it built. Skipped where Chromium is not installed; {@code .ci/run} installs it.
 */
class HtmlInBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Pattern CONSOLE = Pattern.compile(":CONSOLE[:(]");

    @TempDir
    static Path dir;

    record Page(String dom, List<String> console) {
    }

    @BeforeAll
    static void needsChromium() {
        assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + "; .ci/run installs Debian's chromium");
    }

    static Page open(String name, String html) throws IOException, InterruptedException {
        Path file = dir.resolve(name);
        Files.writeString(file, html, StandardCharsets.UTF_8);
        Path profile = Files.createTempDirectory(dir, "profile");
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--dump-dom",
                file.toUri().toString())
                .redirectOutput(dir.resolve(name + ".dom").toFile())
                .redirectError(dir.resolve(name + ".err").toFile())
                .start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 90 s");
        }
        assertThat(p.exitValue()).as("chromium exit code").isZero();
        List<String> console = Files.readAllLines(dir.resolve(name + ".err"), StandardCharsets.UTF_8).stream()
                .filter(l -> CONSOLE.matcher(l).find()).toList();
        return new Page(Files.readString(dir.resolve(name + ".dom"), StandardCharsets.UTF_8), console);
    }

    @Test
    void reportLoadsWithoutConsoleMessages_andItsHeatMapHasOneCellPerVerdict() throws Exception {
        String html = WriterGoldenTest.render(Format.HTML.writer(new WriterOptions(Lang.ZH, Status.MISSED, false)));
        Page page = open("report.html", html);
        assertThat(page.console()).isEmpty();
        assertThat(page.dom()).contains("dabiao 达标评估报告（截至 2025-Q2）");
        assertThat(count(page.dom(), "<td class=\"cell ")).isEqualTo(SampleReport.report().verdicts().size());
        for (Status s : Status.values()) {
            assertThat(count(page.dom(), "data-status=\"" + s.id() + "\""))
                    .as(s.id()).isEqualTo(SampleReport.report().summary().get(s));
        }
        assertThat(count(page.dom(), "<svg class=\"chart\"")).isEqualTo(SampleReport.report().verdicts().size());
    }

    /** The check above would pass on a browser that logged nothing; this page must be caught. */
    @Test
    void consoleErrorsAreCaught() throws Exception {
        Page page = open("broken.html", "<!DOCTYPE html><p>x</p><script>console.error('boom'); undefinedFunction();</script>");
        assertThat(page.console()).hasSize(2);
        assertThat(page.console().get(1)).contains("undefinedFunction is not defined");
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
