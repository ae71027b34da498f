package dabiao.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures as people read them, at every magnitude, in both languages. */
class AmountsTest {

    @ParameterizedTest(name = "{0} {1} → {2} / {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # value         | zh unit | zh                 | en unit          | en
            0               | 个      | 0个                | ' places'        | 0 places
            4.5             | 个/千人 | 4.5个/千人         | ' per 1,000'     | 4.5 per 1,000
            85              | %       | 85%                | %                | 85%
            805             | 家      | 805家              | ' stores'        | 805 stores
            2310            | 个      | 2,310个            | ' places'        | 2,310 places
            9999            | 个      | 9,999个            | ' places'        | 9,999 places
            10000           | 个      | 1万个              | ' places'        | 10,000 places
            178000          | 张      | 17.8万张           | ' beds'          | 178,000 beds
            161337          | 张      | 16.13万张          | ' beds'          | 161,337 beds
            2661234         | 人次    | 266.12万人次       | ' visits'        | 2.66 million visits
            550000000000    | 元      | 5,500亿元          | ' yuan'          | 550 billion yuan
            978364000000    | 元/年   | 9,783.64亿元/年    | ' yuan a year'   | 978.36 billion yuan a year
            1800000000000   | 元      | 1.8万亿元          | ' yuan'          | 1.8 trillion yuan
            -2310           | 个      | -2,310个           | ' places'        | -2,310 places
            """)
    void readsAtEachMagnitude(double value, String zhUnit, String zh, String enUnit, String en) {
        assertThat(Amounts.of(value, zhUnit, Lang.ZH)).isEqualTo(zh);
        assertThat(Amounts.of(value, enUnit, Lang.EN)).isEqualTo(en);
    }

    @Test
    void aBoundIsShownExactly() {
        assertThat(Amounts.exact(15000, "张", Lang.ZH)).isEqualTo("1.5万张");
        assertThat(Amounts.exact(12345, "张", Lang.ZH)).isEqualTo("1.2345万张");
        assertThat(Amounts.exact(15000, " beds", Lang.EN)).isEqualTo("15,000 beds");
        assertThat(Amounts.exact(1.8e12, "元/年", Lang.ZH)).isEqualTo("1.8万亿元/年");
        assertThat(Amounts.exact(1.8e12, " yuan", Lang.EN)).isEqualTo("1.8 trillion yuan");
        assertThat(Amounts.exact(80.75, "%", Lang.EN)).isEqualTo("80.75%");
    }

    @Test
    void aFigureJustShortOfItsBoundKeepsTheDecimalsThatDecide() {
        // 1.7996万亿 would read "1.8万亿" beside a bound of 1.8万亿.
        assertThat(Amounts.deciding(1.7996e12, 1.8e12, "元", Lang.ZH)).isEqualTo("1.7996万亿元");
        assertThat(Amounts.deciding(1.7996e12, 1.8e12, " yuan", Lang.EN)).isEqualTo("1.7996 trillion yuan");
        assertThat(Amounts.deciding(177999, 178000, "张", Lang.ZH)).isEqualTo("17.7999万张");
        assertThat(Amounts.deciding(177999, 178000, " beds", Lang.EN)).isEqualTo("177,999 beds");
        assertThat(Amounts.deciding(80.7496, 80.75, "%", Lang.ZH)).isEqualTo("80.7496%");
        // Far from the bound, two decimals of the magnitude are enough.
        assertThat(Amounts.deciding(1.45e12, 1.8e12, "元", Lang.ZH)).isEqualTo("1.45万亿元");
        // Past every decimal it may use, the figure is shown exactly rather than rounded onto the bound.
        assertThat(Amounts.deciding(1.79999999e12, 1.8e12, "元", Lang.ZH)).isEqualTo("1.79999999万亿元");
    }

    @Test
    void twoFiguresNeverPrintEqualWhenOneIsBelowTheOther() {
        int zh = Amounts.digitsSeparating(161337, 161349, Lang.ZH);
        assertThat(Amounts.rounded(161337, zh, "张", Lang.ZH)).isNotEqualTo(Amounts.rounded(161349, zh, "张", Lang.ZH));
        assertThat(Amounts.rounded(161337, zh, "张", Lang.ZH)).isEqualTo("16.134万张");
        int en = Amounts.digitsSeparating(161337, 161349, Lang.EN);
        assertThat(Amounts.rounded(161337, en, " beds", Lang.EN)).isEqualTo("161,337 beds");
        assertThat(Amounts.digitsSeparating(4.1, 4.35, Lang.ZH)).isEqualTo(2);
    }
}
