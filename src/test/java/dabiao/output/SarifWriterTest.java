package dabiao.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dabiao.model.Lang;
import dabiao.model.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The SARIF read back against the OASIS SARIF 2.1.0 JSON schema, then checked as code scanning reads it. */
class SarifWriterTest {

    static Schema schema;
    static final ObjectMapper MAPPER = new ObjectMapper();

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifWriterTest.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(MAPPER.readTree(in));
        }
    }

    private static JsonNode sarif(Status failOn) throws Exception {
        JsonNode log = MAPPER.readTree(WriterGoldenTest.render(Format.SARIF.writer(new WriterOptions(Lang.ZH, failOn, false))));
        List<Error> errors = schema.validate(log);
        assertThat(errors).as("schema errors").isEmpty();
        return log;
    }

    @Test
    void validAgainstTheSchema_withARulePerTargetAndAResultPerFailingVerdict() throws Exception {
        JsonNode run = sarif(Status.OFF_TRACK).get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertThat(rules).hasSize(4);
        assertThat(rules.get(0).get("id").asText()).isEqualTo("sh23-15-childcare-per-1000");
        assertThat(rules.get(0).get("help").get("text").asText())
                .contains("沪府办发〔2022〕23号（十五）", "到2025年，全市常住人口每千人拥有3岁以下婴幼儿托位数达到4.5个", "rules/core.drl:7");
        JsonNode results = run.get("results");
        assertThat(results).hasSize(3);
        for (JsonNode r : results) {
            int index = r.get("ruleIndex").asInt();
            assertThat(rules.get(index).get("id").asText()).isEqualTo(r.get("ruleId").asText());
        }
        JsonNode y2024 = results.get(1);
        assertThat(y2024.get("partialFingerprints").get("dabiaoVerdict/v1").asText()).isEqualTo("form-yearly:310000:2024");
        assertThat(y2024.get("properties").get("year").asText()).isEqualTo("2024");
        JsonNode changning = results.get(2);
        assertThat(changning.get("message").get("text").asText()).startsWith("长宁区 310105 · 进度滞后 · 进度严重滞后");
        // The alert sits on the target's rule, which does not move from quarter to quarter; the figure
        // is a related location.
        JsonNode location = changning.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asText()).isEqualTo("rules/core.drl");
        assertThat(location.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        JsonNode figure = changning.get("relatedLocations").get(0);
        assertThat(figure.get("message").get("text").asText()).isEqualTo("所依据的数据（2025-Q2）");
        assertThat(figure.get("physicalLocation").get("artifactLocation").get("uri").asText())
                .isEqualTo("indicators/shanghai/2025-Q2.yaml");
        assertThat(figure.get("physicalLocation").get("region").get("startLine").asInt()).isEqualTo(23);
        assertThat(changning.get("partialFingerprints").get("primaryLocationLineHash").asText())
                .isEqualTo(SarifWriter.lineHash("sh23-15-childcare-per-1000:310105")).matches("[0-9a-f]{16}:1");
    }

    @Test
    void schemaRejectsWhatItShould() throws Exception {
        JsonNode log = sarif(Status.AT_RISK);
        ((com.fasterxml.jackson.databind.node.ObjectNode) log).put("version", "2.0.0");
        assertThat(schema.validate(log)).isNotEmpty();
    }

    @Test
    void failOnNever_hasRulesButNoResults() throws Exception {
        JsonNode run = sarif(null).get("runs").get(0);
        assertThat(run.get("results")).isEmpty();
        assertThat(run.get("tool").get("driver").get("rules")).hasSize(4);
    }

    @Test
    void pathsBecomeUriReferences() {
        assertThat(SourceLinks.uri("indicators/上海 a/2025-Q2.yaml")).isEqualTo("indicators/%E4%B8%8A%E6%B5%B7%20a/2025-Q2.yaml");
        assertThat(SourceLinks.uri("a\\b.yaml")).isEqualTo("a/b.yaml");
    }
}
