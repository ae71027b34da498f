package dabiao.input;

import dabiao.authoring.SnapshotText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dabiao.model.Catalog;
import dabiao.model.Indicator;
import dabiao.model.IndicatorKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Schema shipped for editors ({@code indicators/schema/snapshot.schema.json}), checked with a
 * maintained validator: the bundled snapshots pass, broken ones do not, and its codes are the catalog's.
 */
class SnapshotSchemaTest {

    static final Path INDICATORS = Path.of("indicators");
    static final Schema SCHEMA = load();

    private static Schema load() {
        try {
            JsonNode node = new ObjectMapper().readTree(INDICATORS.resolve(SnapshotText.SCHEMA_FILE).toFile());
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Error> check(String yaml) throws IOException {
        return SCHEMA.validate(new YAMLMapper().readTree(yaml));
    }

    @Test
    void everyBundledSnapshot_passes() throws IOException {
        List<Path> files = Inputs.snapshotFiles(List.of(INDICATORS)).files();
        assertThat(files).hasSizeGreaterThanOrEqualTo(48);
        List<String> failures = new ArrayList<>();
        for (Path f : files) {
            check(Files.readString(f)).forEach(m -> failures.add(f + ": " + m.getMessage()));
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void figuresAsPeopleTypeThem_andBlanks_pass() throws IOException {
        assertThat(check("""
                schema: dabiao/indicators/v1
                region: {code: "310000", name: 上海市}
                period: 2025
                values:
                  resident_population: 2487.09万
                  childcare_places: "１，２３４"
                  tourism_total_revenue: 1.8万亿
                  service_retail_share: ４７.９
                  lawyers:
                  licensed_doctors: "0.5"
                """)).isEmpty();
    }

    @Test
    void quotedFigureWithALeadingZero_isRejected() throws IOException {
        // dabiao refuses 02470 (octal to YAML 1.1); an editor marks it too.
        List<Error> problems = check("""
                schema: dabiao/indicators/v1
                region: {code: "310000", name: 上海市}
                period: 2025
                values:
                  childcare_places: "02470"
                """);
        assertThat(problems).extracting(m -> m.getInstanceLocation().toString()).contains("/values/childcare_places");
    }

    @Test
    void brokenSnapshot_isRejected_atEachBrokenPlace() throws IOException {
        List<Error> problems = check("""
                schema: dabiao/indicators/v2
                region: {code: "31000", name: 上海市}
                period: 2025-Q5
                values:
                  childcare_place: 3
                  service_retail_share: 101.5
                districts:
                  - code: "310101"
                    values:
                      childcare_places: 两千
                      resident_population: -5
                """);
        Set<String> where = new TreeSet<>();
        problems.forEach(m -> where.add(m.getInstanceLocation().toString()));
        assertThat(where).contains("/schema", "/region/code", "/period", "/values", "/values/service_retail_share",
                "/districts/0/values/childcare_places", "/districts/0/values/resident_population");
    }

    @Test
    void itsIndicatorCodes_areTheCatalogs() throws IOException {
        Catalog catalog = CatalogReader.read(INDICATORS.resolve(Inputs.CATALOG), "catalog.yaml");
        JsonNode schema = new ObjectMapper().readTree(INDICATORS.resolve(SnapshotText.SCHEMA_FILE).toFile());
        JsonNode codes = schema.at("/definitions/values/properties");
        Set<String> inSchema = new TreeSet<>();
        codes.fieldNames().forEachRemaining(inSchema::add);
        Set<String> inCatalog = new TreeSet<>(catalog.indicators().stream().map(Indicator::code).toList());
        assertThat(inSchema).as("indicators/schema/snapshot.schema.json lists the codes of indicators/catalog.yaml; "
                + "run python3 tools/update_snapshot_schema.py").isEqualTo(inCatalog);
        for (Indicator i : catalog.indicators()) {
            boolean capped = codes.get(i.code()).toString().contains("\"maximum\":100");
            assertThat(capped).as(i.code() + " is capped at 100 exactly when it is a percent")
                    .isEqualTo(i.kind() == IndicatorKind.PERCENT);
        }
    }
}
