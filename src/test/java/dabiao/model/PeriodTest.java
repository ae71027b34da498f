package dabiao.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodTest {

    @Test
    void quarterAndYear_parseAndPrint() {
        assertThat(Period.parse("2025-Q2")).isEqualTo(new Period(2025, 2));
        assertThat(Period.parse("2025")).isEqualTo(Period.year(2025));
        assertThat(Period.parse("2025-Q2").toString()).isEqualTo("2025-Q2");
        assertThat(Period.parse("2025").toString()).isEqualTo("2025");
    }

    @Test
    void malformedPeriods_areRefused() {
        for (String bad : new String[] {"2025-Q5", "2025-Q0", "25-Q1", "2025Q1", "2025-q1", "", "Q1-2025"}) {
            assertThatThrownBy(() -> Period.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aYearEndsWithItsFourthQuarter() {
        assertThat(Period.parse("2025").endMonth()).isEqualTo(Period.parse("2025-Q4").endMonth());
        assertThat(Period.parse("2025-Q2").endYears()).isEqualTo(2025.5);
        assertThat(Period.parse("2020").endYears()).isEqualTo(2021.0);
        assertThat(Period.parse("2021-Q1").endYears()).isEqualTo(2021.25);
    }

    @Test
    void ordering_putsTheYearAfterItsFourthQuarter() {
        assertThat(Period.parse("2025-Q4")).isLessThan(Period.parse("2025"));
        assertThat(Period.parse("2025")).isLessThan(Period.parse("2026-Q1"));
        assertThat(Period.parse("2025-Q3").endsNoEarlierThan(Period.parse("2025"))).isFalse();
        assertThat(Period.parse("2025-Q4").endsNoEarlierThan(Period.parse("2025"))).isTrue();
    }

    @Test
    void next_crossesTheYear() {
        assertThat(Period.parse("2025-Q4").next()).isEqualTo(Period.parse("2026-Q1"));
        assertThat(Period.parse("2025").next()).isEqualTo(Period.parse("2026"));
    }
}
