package dabiao.engine;

import dabiao.model.Period;
import dabiao.model.Point;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TrendTest {

    private static List<Point> points(String... periodValue) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < periodValue.length; i += 2) {
            points.add(new Point(Period.parse(periodValue[i]), Double.parseDouble(periodValue[i + 1]), null));
        }
        return points;
    }

    @Test
    void fewerThanThreeFigures_giveNoProjection() {
        assertThat(Trend.projectAt(points("2024-Q1", "1", "2024-Q2", "2"), 2026.0)).isNull();
    }

    @Test
    void straightLine_isExtended() {
        // +1 a quarter = +4 a year; from 3 at 2024.75 to the end of 2025 (2026.0): 3 + 4 × 1.25 = 8.
        assertThat(Trend.projectAt(points("2024-Q1", "1", "2024-Q2", "2", "2024-Q3", "3"), 2026.0))
                .isCloseTo(8.0, within(1e-9));
    }

    @Test
    void onlyTheLastEightFiguresCount() {
        // An early jump from 0 to 10 lies outside the window of eight; the last eight are flat at 10.
        assertThat(Trend.projectAt(points("2020-Q4", "0", "2021-Q1", "10", "2021-Q2", "10", "2021-Q3", "10",
                "2021-Q4", "10", "2022-Q1", "10", "2022-Q2", "10", "2022-Q3", "10", "2022-Q4", "10"), 2026.0))
                .isCloseTo(10.0, within(1e-9));
    }
}
