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
    }
}
