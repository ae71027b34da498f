package dabiao.output;

import dabiao.cli.Main;
import dabiao.model.Lang;
import dabiao.model.Report;
import dabiao.model.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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
 * stderr, and dumps the DOM it built; it prints the report to PDF, which poppler reads back. Skipped where
 * Chromium (or poppler) is not installed; {@code .ci/run} installs both.
 */
class HtmlInBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path PDFTOPPM = Path.of("/usr/bin/pdftoppm");
    static final Path PDFINFO = Path.of("/usr/bin/pdfinfo");
    static final Pattern CONSOLE = Pattern.compile(":CONSOLE[:(]");
    /** The README's "### The quarterly report" says the bundled report prints on at most this many A4 pages. */
    static final int README_PAGES = 70;

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
    void reportLoadsWithoutConsoleMessages_withHeaderAttentionCellsAndAFigureTablePerChart() throws Exception {
        Report report = SampleReport.report();
        String html = WriterGoldenTest.render(Format.HTML.writer(WriterGoldenTest.html(Lang.ZH)));
        Page page = open("report.html", html);
        assertThat(page.console()).isEmpty();
        String header = page.dom().substring(page.dom().indexOf("<header>"), page.dom().indexOf("</header>"));
        assertThat(header).contains("dabiao 达标评估报告（截至 2025-Q2）", "截至 2025-Q2", "生成于 2025-07-15 09:30:00 +08:00",
                SampleReport.origin().rulesSha256(), SampleReport.origin().snapshotsSha256());
        assertThat(count(page.dom(), "<tr data-attention=")).isEqualTo(Attention.of(report).size())
                .isEqualTo((int) report.verdicts().stream().filter(v -> v.status().atOrPast(Status.AT_RISK)).count());
        assertThat(count(page.dom(), "<a class=\"cell ")).isEqualTo(report.verdicts().size());
        for (Status s : Status.values()) {
            assertThat(count(page.dom(), "data-status=\"" + s.id() + "\"")).as(s.id()).isEqualTo(report.summary().get(s));
        }
        assertThat(count(page.dom(), "<svg class=\"chart\"")).isEqualTo(report.verdicts().size());
        String[] figures = page.dom().split("<figure ");
        int plotted = 0;
        for (int i = 1; i < figures.length; i++) {
            String figure = figures[i].substring(0, figures[i].indexOf("</figure>"));
            if (figure.contains("<polyline class=\"series\"")) {
                plotted++;
                assertThat(figure).as(figure.substring(0, 80)).contains("<div class=\"figs\">", "<table>");
            }
        }
        assertThat(plotted).isEqualTo((int) report.verdicts().stream().filter(v -> !v.assessment().series().isEmpty()).count())
                .isPositive();
    }

    /**
     * Printed, the report keeps its status colours: Chromium prints the sample report to PDF, poppler renders
     * its first page, and the missed count's box is still the missed red (browsers drop backgrounds unless
     * the page asks for exact colours).
     */
    @Test
    void printedReportKeepsStatusColours() throws Exception {
        assumeTrue(Files.isExecutable(PDFTOPPM), "no " + PDFTOPPM + "; .ci/run installs Debian's poppler-utils");
        Path pdf = print("report.html", WriterGoldenTest.render(Format.HTML.writer(WriterGoldenTest.html(Lang.ZH))));
        Path ppm = dir.resolve("page");
        run(PDFTOPPM.toString(), "-r", "40", "-f", "1", "-l", "1", "-singlefile", pdf.toString(), ppm.toString());
        int[] missed = {0xcf, 0x22, 0x2e};
        assertThat(pixels(dir.resolve("page.ppm"), missed)).as("pixels of the missed colour on page 1").isGreaterThan(100);
    }

    /** The bundled data's report, as the README's command makes it, prints within the pages the README states. */
    @Test
    void bundledReportPrintsWithinTheStatedPages() throws Exception {
        assumeTrue(Files.isExecutable(PDFINFO), "no " + PDFINFO + "; .ci/run installs Debian's poppler-utils");
        Path html = dir.resolve("bundled.html");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new PrintWriter(out), new PrintWriter(err))
                .execute("evaluate", "--format", "html", "--output", html.toString(), "--fail-on", "never");
        assertThat(exit).as(err.toString()).isZero();
        Path pdf = print("bundled.html", Files.readString(html, StandardCharsets.UTF_8));
        String info = run(PDFINFO.toString(), pdf.toString());
        Matcher pages = Pattern.compile("Pages:\\s+(\\d+)").matcher(info);
        assertThat(pages.find()).as(info).isTrue();
        assertThat(Integer.parseInt(pages.group(1))).as("A4 pages").isBetween(20, README_PAGES);
    }

    /** The check above would pass on a browser that logged nothing; this page must be caught. */
    @Test
    void consoleErrorsAreCaught() throws Exception {
        Page page = open("broken.html", "<!DOCTYPE html><p>x</p><script>console.error('boom'); undefinedFunction();</script>");
        assertThat(page.console()).hasSize(2);
        assertThat(page.console().get(1)).contains("undefinedFunction is not defined");
    }

    /** Prints {@code html} to PDF with Chromium's own print path, as a reader's "Save as PDF" does. */
    static Path print(String name, String html) throws IOException, InterruptedException {
        Path file = dir.resolve(name);
        Files.writeString(file, html, StandardCharsets.UTF_8);
        Path pdf = dir.resolve(name + ".pdf");
        Path profile = Files.createTempDirectory(dir, "profile");
        run(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--no-pdf-header-footer", "--print-to-pdf=" + pdf, file.toUri().toString());
        assertThat(pdf).exists();
        return pdf;
    }

    /** Runs a program to its end within 120 s and returns its stdout. */
    private static String run(String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "run", ".out");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command[0] + " did not finish within 120 s");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(command[0] + ": " + output).isZero();
        return output;
    }

    /** How many pixels of a binary PPM (P6, 8 bits) are within a few steps of {@code rgb}. */
    private static int pixels(Path ppm, int[] rgb) throws IOException {
        byte[] bytes = Files.readAllBytes(ppm);
        int pos = 0;
        int fields = 0;
        // The header: "P6", width, height, maxval, separated by whitespace, then one whitespace byte.
        while (fields < 4) {
            while (Character.isWhitespace(bytes[pos])) {
                pos++;
            }
            while (!Character.isWhitespace(bytes[pos])) {
                pos++;
            }
            fields++;
        }
        pos++;
        int n = 0;
        for (int i = pos; i + 2 < bytes.length; i += 3) {
            if (Math.abs((bytes[i] & 0xff) - rgb[0]) <= 6 && Math.abs((bytes[i + 1] & 0xff) - rgb[1]) <= 6
                    && Math.abs((bytes[i + 2] & 0xff) - rgb[2]) <= 6) {
                n++;
            }
        }
        return n;
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
