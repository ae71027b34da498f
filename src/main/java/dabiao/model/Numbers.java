package dabiao.model;

import java.math.BigDecimal;

/** Bare figures as typed and ratios as read; figures with a unit for readers are {@link Amounts}. */
public final class Numbers {

    /** The decimals a figure read against another keeps at least, and at most when more are needed to decide. */
    public static final int FEWEST_DIGITS = 2;
    public static final int MOST_DIGITS = 6;

    private Numbers() {
    }

    /** A figure without exponent or trailing zeros: 178000, 4.5, 0.125. */
    public static String plain(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A figure rounded for reading: at most {@code digits} decimals, trailing zeros dropped. */
    public static String rounded(double value, int digits) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return plain(round(value, digits));
    }

    /**
     * How many decimals (2 to 6) two figures need so that, rounded alike, they compare as they do: the
     * latest figure and the level expected by now never print equal when one is below the other.
     */
    private static int digitsSeparating(double a, double b) {
        return digitsSeparating(a, b, Numbers::round);
    }

    /** How a figure reads at so many decimals, back as a number. */
    interface Shown {
        double at(double value, int digits);
    }

    /** The fewest decimals, 2 to 6, at which {@code a} and {@code b} as shown compare as they do; 6 when none. */
    static int digitsSeparating(double a, double b, Shown shown) {
        int digits = fewestDigits(a, shown, b, shown);
        return digits < 0 ? MOST_DIGITS : digits;
    }

    /**
     * The fewest decimals, from {@link #FEWEST_DIGITS} to {@link #MOST_DIGITS}, at which {@code a} and
     * {@code b}, each shown its way, compare as they themselves do; −1 when none does.
     */
    static int fewestDigits(double a, Shown shownA, double b, Shown shownB) {
        int sign = compare(a, b);
        for (int digits = FEWEST_DIGITS; digits <= MOST_DIGITS; digits++) {
            if (compare(shownA.at(a, digits), shownB.at(b, digits)) == sign) {
                return digits;
            }
        }
        return -1;
    }

    /**
     * A pace ratio for reading, on the right side of every threshold it is judged by: 0.9496 reads
     * 0.9496, not 0.95 (which would be on pace).
     */
    public static String paceRatio(double r) {
        int digits = Math.max(digitsSeparating(r, Thresholds.ON_PACE), digitsSeparating(r, Thresholds.FAR_BEHIND));
        return rounded(r, digits);
    }

    private static double round(double value, int digits) {
        return BigDecimal.valueOf(value).setScale(digits, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    /** Compares two figures, treating a difference of rounding noise (1e-9 relative) as equal. */
    static int compare(double a, double b) {
        double slack = 1e-9 * Math.max(1, Math.abs(b));
        return Math.abs(a - b) <= slack ? 0 : Double.compare(a, b);
    }
}
