package dabiao.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's CI recipe on the bundled rules and snapshots, the largest data dabiao ships: one run,
 * every CI format, each read back as its consumer would.
 */
class CiRecipeTest {

    @TempDir
    Path out;

    @Test
    void readmeCiRecipe_onTheBundledData() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Cli.Run r = Cli.run(root, "evaluate", "--fail-on", "never",
                "--format", "json", "--output", out.resolve("verdicts.json").toString(),
                "--format", "junit", "--output", out.resolve("dabiao.xml").toString(),
                "--format", "sarif", "--output", out.resolve("dabiao.sarif").toString(),
                "--format", "markdown", "--output", out.resolve("summary.md").toString(),
                "--format", "html", "--output", out.resolve("report.html").toString(),
                "--format", "github");
        assertThat(r.exitCode()).isEqualTo(0);
        int verdicts = new ObjectMapper().readTree(out.resolve("verdicts.json").toFile()).get("verdicts").size();
        assertThat(verdicts).isGreaterThan(200);

        assertThat(Files.size(out.resolve("summary.md"))).isLessThan(1024 * 1024);
        assertThat(Files.readString(out.resolve("summary.md"))).contains("### 上海市 310000", "### 扬州市 321000");

        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(CiRecipeTest.class.getResource("/schemas/junit-report.xsd"))
                .newValidator().validate(new StreamSource(out.resolve("dabiao.xml").toFile()));
        try (InputStream schema = CiRecipeTest.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
            ObjectMapper mapper = new ObjectMapper();
            assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(mapper.readTree(schema))
                    .validate(mapper.readTree(out.resolve("dabiao.sarif").toFile()))).isEmpty();
        }

        String html = Files.readString(out.resolve("report.html"));
        assertThat(Pattern.compile("<a class=\"cell ").matcher(html).results().count()).isEqualTo(verdicts);
        assertThat(r.out()).contains("::warning file=indicators/").endsWith("（warning）\n");
    }

    @Test
    void githubAnnotations_stayWithinWhatGitHubShows_andCountTheRest() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Cli.Run r = Cli.run(root, "evaluate", "--fail-on", "missed", "--format", "github");
        assertThat(r.exitCode()).isEqualTo(1);
        var lines = r.out().lines().toList();
        long errors = lines.stream().filter(l -> l.startsWith("::error ")).count();
        long warnings = lines.stream().filter(l -> l.startsWith("::warning ")).count();
        var notices = lines.stream().filter(l -> l.startsWith("::notice ")).toList();
        assertThat(errors).isEqualTo(10);
        assertThat(warnings).isEqualTo(10);
        assertThat(notices).hasSize(1);
        // The counts line names every error and warning; the notice counts those not annotated.
        var counts = Pattern.compile("共 (\\d+) 项评估，(\\d+) 项达到或超过 --fail-on missed（error），另有 (\\d+) 项")
                .matcher(lines.get(lines.size() - 1));
        assertThat(counts.find()).as(lines.get(lines.size() - 1)).isTrue();
        int allErrors = Integer.parseInt(counts.group(2));
        int allWarnings = Integer.parseInt(counts.group(3));
        assertThat(allErrors).isGreaterThan(10);
        assertThat(notices.get(0)).contains("另有 " + (allErrors - 10) + " 个错误和 " + (allWarnings - 10) + " 个警告未标注");
        // The most important come first: every annotated error is missed, on a scope the plan names.
        assertThat(lines.stream().filter(l -> l.startsWith("::error ")))
                .allMatch(l -> l.contains("· 未达标 ·") && !l.contains("对照全市标准"));
    }
}
