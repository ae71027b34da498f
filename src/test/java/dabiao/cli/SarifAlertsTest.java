package dabiao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two quarters' SARIF of the bundled data, uploaded one after the other, through the matching GitHub
 * documents for code scanning: an alert is the same alert when its rule, the file of its primary location
 * and its {@code primaryLocationLineHash} are. A target missed in both quarters must stay one alert per
 * target and scope, although the figure it rests on moved to the next quarter's snapshot file.
 */
class SarifAlertsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path out;

    @Test
    void aVerdictFailingInTwoQuarters_isOneAlert_withRelativeUrisAfterAbsolutePaths() throws Exception {
        JsonNode q2 = sarif("2026-Q2");
        JsonNode q3 = sarif("2026-Q3");
        Map<String, String> alertsQ2 = alerts(q2);
        Map<String, String> alertsQ3 = alerts(q3);

        Set<String> both = new HashSet<>(alertsQ2.keySet());
        both.retainAll(alertsQ3.keySet());
        assertThat(both).as("verdicts failing in both quarters").hasSizeGreaterThan(20);
        for (String key : both) {
            assertThat(alertsQ3.get(key)).as(key).isEqualTo(alertsQ2.get(key));
        }
        // Open targets' figures did move: the same verdict's related location is another quarter's file.
        String moved = both.stream().filter(k -> !figure(q2, k).equals(figure(q3, k))).findFirst().orElse(null);
        assertThat(moved).as("a verdict whose figure moved to a newer snapshot").isNotNull();
        assertThat(figure(q3, moved)).contains("2026-Q3.yaml");
    }

    /** Runs evaluate with absolute paths, checks the log against the schema and its URIs, and reads it back. */
    private JsonNode sarif(String asOf) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Path file = out.resolve(asOf + ".sarif");
        Cli.Run r = Cli.run(root, "evaluate", "--as-of", asOf, "--fail-on", "at-risk",
                "--rules", root.resolve("rules").toString(), "--indicators", root.resolve("indicators").toString(),
                "--format", "sarif", "--output", file.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        JsonNode log = MAPPER.readTree(file.toFile());
        try (InputStream schema = SarifAlertsTest.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
            assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(MAPPER.readTree(schema))
                    .validate(log)).isEmpty();
        }
        for (JsonNode artifact : log.findValues("artifactLocation")) {
            assertThat(artifact.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
            assertThat(artifact.get("uri").asText()).matches("(rules|indicators)/[^:]+");
        }
        return log;
    }

    /** Each result's GitHub identity, by dabiao's own key; no two results of one upload share an identity. */
    private static Map<String, String> alerts(JsonNode log) {
        Map<String, String> byKey = new HashMap<>();
        Set<String> identities = new HashSet<>();
        for (JsonNode result : log.get("runs").get(0).get("results")) {
            String identity = result.get("ruleId").asText() + " | "
                    + result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText()
                    + " | " + result.get("partialFingerprints").get("primaryLocationLineHash").asText();
            assertThat(identities.add(identity)).as("one alert per target and scope: " + identity).isTrue();
            byKey.put(result.get("partialFingerprints").get("dabiaoVerdict/v1").asText(), identity);
        }
        return byKey;
    }

    private static String figure(JsonNode log, String key) {
        for (JsonNode result : log.get("runs").get(0).get("results")) {
            if (result.get("partialFingerprints").get("dabiaoVerdict/v1").asText().equals(key)) {
                return result.get("relatedLocations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText();
            }
        }
        throw new AssertionError("no result " + key);
    }
}
