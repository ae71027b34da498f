package dabiao.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequirementTest {

    @Test
    void everyWording_parses() {
        assertThat(Requirement.parse("at least 4.5")).isEqualTo(new Requirement(Comparison.AT_LEAST, 4.5));
        assertThat(Requirement.parse("above 50")).isEqualTo(new Requirement(Comparison.ABOVE, 50));
        assertThat(Requirement.parse("about  85")).isEqualTo(new Requirement(Comparison.ABOUT, 85));
        assertThat(Requirement.parse("at most 3")).isEqualTo(new Requirement(Comparison.AT_MOST, 3));
        assertThat(Requirement.parse("below 10")).isEqualTo(new Requirement(Comparison.BELOW, 10));
        assertThat(Requirement.parse("full coverage")).isEqualTo(new Requirement(Comparison.AT_LEAST, 100));
        assertThat(Requirement.parse("at least 1800000000000").value()).isEqualTo(1.8e12);
    }

    @Test
    void wrongWording_namesTheAcceptedForms() {
        assertThatThrownBy(() -> Requirement.parse("more than 5")).hasMessageContaining("'at least N'");
        assertThatThrownBy(() -> Requirement.parse("at least five")).hasMessageContaining("'five' is not a number");
    }

    @Test
    void comparisons_atTheBoundary() {
        assertThat(Comparison.AT_LEAST.satisfied(4.5, 4.5)).isTrue();
        assertThat(Comparison.AT_LEAST.satisfied(4.49, 4.5)).isFalse();
        assertThat(Comparison.ABOVE.satisfied(50, 50)).isFalse();
        assertThat(Comparison.ABOVE.satisfied(50.01, 50)).isTrue();
        assertThat(Comparison.ABOUT.satisfied(80.75, 85)).isTrue();
        assertThat(Comparison.ABOUT.satisfied(80.74, 85)).isFalse();
        assertThat(Comparison.ABOUT.satisfied(99, 85)).isTrue();
        assertThat(Comparison.AT_MOST.satisfied(3, 3)).isTrue();
        assertThat(Comparison.AT_MOST.satisfied(3.01, 3)).isFalse();
        assertThat(Comparison.BELOW.satisfied(3, 3)).isFalse();
    }

    @Test
    void derivedFloatNoise_doesNotMissATarget() {
        // 4500 / 1000000 × 1000 may come out as 4.499999999999999.
        assertThat(Comparison.AT_LEAST.satisfied(4.499999999999999, 4.5)).isTrue();
    }
}
