package dabiao.input;

import dabiao.diagnostics.Locations;
import dabiao.Fixture;
import dabiao.SnapshotYaml;
import dabiao.model.Point;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The data set derives a running total and its yearly count from each other where only one is reported
 * (fixture catalog: brand_first_stores_introduced since 2021, yearly brand_first_stores_new). In these
 * snapshots the first region figure stands on line 5, the second on line 6.
 */
class RunningTotalDerivationTest {

    static final String TOTAL = "brand_first_stores_introduced";
    static final String YEARLY = "brand_first_stores_new";

    @TempDir
    Path dir;
    Fixture fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixture.in(dir);
    }

    private Path shanghai(String period, Object... figures) {
        return fixture.snapshot("shanghai/" + period + ".yaml", new SnapshotYaml(period).region(figures).text());
    }

    private List<Point> series(String indicator) {
        return fixture.load().data().series("310000", indicator);
    }

    @Test
    void runningTotal_isTheYearEndCountsSinceItsStartPlusTheYearSoFar() {
        // 2021: 1078. 2022-Q4: 1078 + 1100 = 2178. 2023-Q2: 2178 + 300 = 2478. 2020-Q4 is before 2021: none.
        shanghai("2020-Q4", YEARLY, 457);
        shanghai("2021", YEARLY, 1078);
        shanghai("2022-Q4", YEARLY, 1100);
        Path now = shanghai("2023-Q2", YEARLY, 300);
        assertThat(series(TOTAL)).extracting(p -> p.period().toString(), Point::value)
                .containsExactly(tuple("2021", 1078.0), tuple("2022-Q4", 2178.0), tuple("2023-Q2", 2478.0));
        assertThat(series(TOTAL).get(2).source().toString()).isEqualTo(Locations.display(now) + ":5:27");
    }

    @Test
    void yearlyCount_isTheRunningTotalLessLastYearsEnd_whenThatIsKnown() {
        // 2025-Q2: 2160 − 1923 = 237. 2024-Q4: the end of 2023 is unknown, so no count. 2021-Q2: the first
        // year, 500 − 0.
        shanghai("2021-Q2", TOTAL, 500);
        shanghai("2024-Q4", TOTAL, 1923);
        Path now = shanghai("2025-Q2", TOTAL, 2160);
        assertThat(series(YEARLY)).extracting(p -> p.period().toString(), Point::value)
                .containsExactly(tuple("2021-Q2", 500.0), tuple("2025-Q2", 237.0));
        assertThat(series(YEARLY).get(1).source().toString()).isEqualTo(Locations.display(now) + ":5:34");
    }

    @Test
    void reportedFigures_winOverDerivedOnes() {
        // 2025-Q2 reports both, though 1923 + 196 would be 2119: both stay as reported. 2025-Q3 reports only
        // the count: 1923 + 250.
        shanghai("2024-Q4", TOTAL, 1923, YEARLY, 467);
        shanghai("2025-Q2", TOTAL, 2160, YEARLY, 196);
        shanghai("2025-Q3", YEARLY, 250);
        assertThat(series(TOTAL)).extracting(p -> p.period().toString(), Point::value)
                .containsExactly(tuple("2024-Q4", 1923.0), tuple("2025-Q2", 2160.0), tuple("2025-Q3", 2173.0));
        assertThat(series(YEARLY)).extracting(Point::value).containsExactly(467.0, 196.0, 250.0);
    }
}
