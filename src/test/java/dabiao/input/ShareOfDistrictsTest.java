package dabiao.input;

import dabiao.data.Divisions;

import dabiao.Fixture;
import dabiao.SnapshotYaml;
import dabiao.model.Period;
import dabiao.model.Point;
import dabiao.model.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A share of districts counts the 县(市、区) a plan counts: Yangzhou's six, not its functional zone
 * 321071 扬州经济技术开发区.
 */
class ShareOfDistrictsTest {

    static final String[] COUNTIES = {"321002", "321003", "321012", "321023", "321081", "321084"};
    static final String ZONE = "321071";

    @TempDir
    Path dir;
    Fixture fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixture.in(dir);
    }

    private void yangzhou(String period, Integer zone, int... counties) {
        SnapshotYaml yaml = new SnapshotYaml("321000", "扬州市", period);
        for (int i = 0; i < counties.length; i++) {
            yaml.district(COUNTIES[i], "quality_balanced_compulsory_education", counties[i]);
        }
        if (zone != null) {
            yaml.district(ZONE, "quality_balanced_compulsory_education", zone);
        }
        fixture.snapshot("yangzhou/" + period + ".yaml", yaml.text());
    }

    private List<Point> share() {
        return fixture.load().data().series("321000", "quality_balanced_county_rate");
    }

    @Test
    void divisions_markTheDevelopmentZone_asAFunctionalZone() {
        Divisions divisions = Divisions.bundled();
        assertThat(divisions.find(ZONE)).get().extracting(Scope::functionalZone).isEqualTo(true);
        assertThat(divisions.find("321002")).get().extracting(Scope::functionalZone).isEqualTo(false);
        assertThat(divisions.find("310101")).get().extracting(Scope::functionalZone).isEqualTo(false);
    }

    @Test
    void functionalZone_isInNeitherTheCountNorTheTotal() {
        // Three of six counties meet the standard: 50 %. Counting the zone, which meets it too, would
        // give 4 of 7 = 57.14 %.
        yangzhou("2024-Q4", 1, 1, 1, 1, 0, 0, 0);
        assertThat(share()).singleElement().satisfies(p -> {
            assertThat(p.period()).isEqualTo(Period.parse("2024-Q4"));
            assertThat(p.value()).isCloseTo(50.0, within(1e-9));
        });
    }

    @Test
    void aPeriodCounts_whenEveryCountyReports_withoutTheZone() {
        // 2025-Q4: the six counties report and the zone does not: four of six, 66.67 %. 2023-Q4: the
        // zone reports but 321084 does not, so the period gives no share.
        yangzhou("2023-Q4", 1, 1, 1, 1, 1, 1);
        yangzhou("2025-Q4", null, 1, 1, 1, 1, 0, 0);
        assertThat(share()).singleElement().satisfies(p -> {
            assertThat(p.period()).isEqualTo(Period.parse("2025-Q4"));
            assertThat(p.value()).isCloseTo(400.0 / 6, within(1e-9));
        });
    }
}
