package dabiao.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * Figures with their unit as people read them, in every format people read: "1.8万亿元/年", "17.8万张",
 * "2,310个" in Chinese; "1.8 trillion yuan a year", "178,000 beds" in English. A figure is shown in the
 * largest magnitude it reaches (万, 亿, 万亿; million, billion, trillion) with thousands separators.
 * Where a figure is read against a bound, it keeps the decimals that decide, in its own magnitude, so
 * that 1.7996万亿 never reads "1.8万亿" beside a bound of 1.8万亿. The machine formats (JSON, CSV) keep
 * base units and never come here.
 */
public final class Amounts {

    private record Magnitude(BigDecimal size, String word) {
    }

    private static final List<Magnitude> ZH = List.of(
            new Magnitude(BigDecimal.TEN.pow(12), "万亿"),
            new Magnitude(BigDecimal.TEN.pow(8), "亿"),
            new Magnitude(BigDecimal.TEN.pow(4), "万"));
    private static final List<Magnitude> EN = List.of(
            new Magnitude(BigDecimal.TEN.pow(12), " trillion"),
            new Magnitude(BigDecimal.TEN.pow(9), " billion"),
            new Magnitude(BigDecimal.TEN.pow(6), " million"));
    private static final Magnitude ONES = new Magnitude(BigDecimal.ONE, "");

    private Amounts() {
    }

    /** A figure exactly as given, in its magnitude: a requirement's bound, "1.8万亿元/年", "15,000 beds". */
    public static String exact(double value, String unit, Lang lang) {
        if (!Double.isFinite(value)) {
            return Double.toString(value) + unit;
        }
        Magnitude m = magnitude(value, lang);
        return grouped(BigDecimal.valueOf(value).divide(m.size()).stripTrailingZeros()) + m.word() + unit;
    }

    /** A figure for reading, at most {@code digits} decimals in its magnitude: "9,783.64亿元/年". */
    public static String rounded(double value, int digits, String unit, Lang lang) {
        if (!Double.isFinite(value)) {
            return Double.toString(value) + unit;
        }
        Magnitude m = magnitude(value, lang);
        return grouped(scaled(value, m, digits).stripTrailingZeros()) + m.word() + unit;
    }

    /** A figure for reading, two decimals at most in its magnitude. */
    public static String of(double value, String unit, Lang lang) {
        return rounded(value, Numbers.FEWEST_DIGITS, unit, lang);
    }

    /**
     * A figure read against the bound it is judged by, with the decimals that decide: as shown, it
     * compares with the bound (itself shown exactly) as the figure does.
     */
    public static String deciding(double value, double bound, String unit, Lang lang) {
        int digits = Numbers.fewestDigits(value, (v, d) -> shown(v, d, lang), bound, (v, d) -> v);
        return digits < 0 ? exact(value, unit, lang) : rounded(value, digits, unit, lang);
    }

    /**
     * How many decimals (2 to 6) two figures need so that, each shown at that many in its magnitude, they
     * compare as they do: a figure and the level expected by now never print equal when one is below.
     */
    public static int digitsSeparating(double a, double b, Lang lang) {
        return Numbers.digitsSeparating(a, b, (value, digits) -> shown(value, digits, lang));
    }

    /** The figure a reader sees at {@code digits} decimals, back in base units. */
    private static double shown(double value, int digits, Lang lang) {
        Magnitude m = magnitude(value, lang);
        return scaled(value, m, digits).multiply(m.size()).doubleValue();
    }

    private static BigDecimal scaled(double value, Magnitude m, int digits) {
        return BigDecimal.valueOf(value).divide(m.size()).setScale(digits, RoundingMode.HALF_UP);
    }

    private static Magnitude magnitude(double value, Lang lang) {
        BigDecimal abs = BigDecimal.valueOf(Math.abs(value));
        for (Magnitude m : lang == Lang.ZH ? ZH : EN) {
            if (abs.compareTo(m.size()) >= 0) {
                return m;
            }
        }
        return ONES;
    }

    /** "9783.64" → "9,783.64", with every decimal kept. */
    private static String grouped(BigDecimal n) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMaximumFractionDigits(Math.max(0, n.scale()));
        format.setMinimumFractionDigits(Math.max(0, n.scale()));
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(n.signum() == 0 ? BigDecimal.ZERO : n);
    }
}
