package dabiao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dabiao targets} on the bundled rules. */
class TargetsCommandTest {

    static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void json_listsEveryTargetWithTheDocumentedFields() throws Exception {
        Cli.Run r = Cli.run(ROOT, "targets", "--format", "json");
        assertThat(r.exitCode()).isZero();
        JsonNode targets = new ObjectMapper().readTree(r.out());
        assertThat(targets.size()).isGreaterThan(100);
        for (JsonNode t : targets) {
            for (String field : List.of("id", "document", "clause", "wording", "indicator", "comparison", "value", "unit", "deadline", "scope")) {
                assertThat(t.has(field)).as(t.get("id") + " has " + field).isTrue();
            }
        }
        JsonNode beds = find(targets, "sh23-14-elderly-care-beds");
        assertThat(beds.get("value").asLong()).isEqualTo(178000);
        assertThat(beds.get("scope").get("level").asText()).isEqualTo("region");
        JsonNode childcare = find(targets, "sh23-15-childcare-per-1000");
        assertThat(childcare.get("scope").get("codes").size()).isEqualTo(17);
        assertThat(childcare.get("scope").get("named").asText()).isEqualTo("region");
    }

    @Test
    void anUnknownIndicator_isRefusedWithTheClosestCodes_notListedAsNoTargets() {
        Cli.Run r = Cli.run(ROOT, "targets", "--indicator", "childcare_place");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("dabiao: 未知指标 \"childcare_place\"；是否应为 childcare_places, childcare_places_per_1000？\n");
    }

    @Test
    void filtersByDocumentAndIndicator() throws Exception {
        JsonNode yz = new ObjectMapper().readTree(Cli.run(ROOT, "targets", "--format", "json", "--document", "扬府办发").out());
        assertThat(yz).isNotEmpty().allSatisfy(t -> assertThat(t.get("id").asText()).startsWith("yz80-"));
        JsonNode retail = new ObjectMapper().readTree(Cli.run(ROOT, "targets", "--format", "json", "--indicator", "service_retail_share").out());
        assertThat(retail).hasSize(2);
    }

    @Test
    void table_showsProvenanceInChineseAndEnglish() {
        assertThat(Cli.run(ROOT, "targets", "--indicator", "childcare_places_per_1000").out())
                .contains("sh23-15-childcare-per-1000", "沪府办发〔2022〕23号（十五）", "上海市，及各区县对照全市标准（16 个）");
        assertThat(Cli.run(ROOT, "targets", "--indicator", "childcare_places_per_1000", "--lang", "en").out())
                .contains("上海市, and every district against its standard (16)", "end of 2025");
    }

    private static JsonNode find(JsonNode targets, String id) {
        for (JsonNode t : targets) {
            if (t.get("id").asText().equals(id)) {
                return t;
            }
        }
        throw new AssertionError("no target " + id);
    }
}
