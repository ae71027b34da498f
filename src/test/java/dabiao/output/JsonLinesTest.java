package dabiao.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dabiao.model.Report;
import dabiao.model.Status;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A verdict a line, and the counts, exactly as {@code --format json} has them. */
class JsonLinesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachLine_isTheVerdictOfTheJsonReport_andItsFieldsAreTheFieldList() throws IOException {
        Report report = SampleReport.report();
        StringWriter whole = new StringWriter();
        new JsonWriter().write(report, whole);
        JsonNode json = JSON.readTree(whole.toString());

        for (int i = 0; i < report.verdicts().size(); i++) {
            String line = JsonLines.verdict(report.verdicts().get(i), report.catalog());
            assertThat(line).doesNotContain("\n");
            assertThat(JSON.readTree(line)).isEqualTo(json.get("verdicts").get(i));
        }
        assertThat(JsonLines.fields()).extracting(JsonLines.Field::path).isEqualTo(CsvWriter.HEADER);
        assertThat(JsonLines.fields()).extracting(JsonLines.Field::kind).containsOnly("text", "number", "integer", "boolean");

        Map<Status, Long> counts = new EnumMap<>(Status.class);
        report.summary().forEach((s, n) -> counts.put(s, (long) n));
        StringWriter summary = new StringWriter();
        JsonLines.summary(report.asOf(), counts, summary);
        JsonNode s = JSON.readTree(summary.toString());
        assertThat(s.get("schema").asText()).isEqualTo("dabiao/summary/v1");
        assertThat(s.get("as_of")).isEqualTo(json.get("as_of"));
        assertThat(s.get("summary")).isEqualTo(json.get("summary"));
    }
}
