package dabiao.input;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTest {

    @Test
    void figuresAsStatisticiansTypeThem() {
        assertThat(Figures.parse("53000")).isEqualTo(53000.0);
        assertThat(Figures.parse("４.５")).isEqualTo(4.5);
        assertThat(Figures.parse("1,234,567")).isEqualTo(1234567.0);
        assertThat(Figures.parse("１，２３４")).isEqualTo(1234.0);
        assertThat(Figures.parse("5.3万")).isEqualTo(53000.0);
        assertThat(Figures.parse("17.8万")).isEqualTo(178000.0);
        assertThat(Figures.parse("5500亿")).isEqualTo(5.5e11);
        assertThat(Figures.parse("1.8万亿")).isEqualTo(1.8e12);
        assertThat(Figures.parse(" 12 ")).isEqualTo(12.0);
    }

    @Test
    void textThatIsNotAFigure() {
        assertThat(Figures.parse("两千")).isNull();
        assertThat(Figures.parse("1,23")).isNull();
        assertThat(Figures.parse("12abc")).isNull();
        assertThat(Figures.parse("万")).isNull();
        assertThat(Figures.parse("")).isNull();
        assertThat(Figures.parse("02470")).isNull();
        assertThat(Figures.parse("0x9B0")).isNull();
        assertThat(Figures.parse("0,123")).isNull();
    }

    @Test
    void whatToWriteInsteadOfALeadingZero() {
        assertThat(Figures.withoutLeadingZero("02470")).isEqualTo("2470");
        assertThat(Figures.withoutLeadingZero("０２４７０")).isEqualTo("2470");
        assertThat(Figures.withoutLeadingZero("05.3万")).isEqualTo("5.3万");
        assertThat(Figures.withoutLeadingZero("0.5")).isNull();
        assertThat(Figures.withoutLeadingZero("0")).isNull();
        assertThat(Figures.withoutLeadingZero("02470abc")).isNull();
        assertThat(Figures.otherBase("0x9B0")).isTrue();
        assertThat(Figures.otherBase("0.5")).isFalse();
    }
}
