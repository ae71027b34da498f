package dabiao.model;

import java.math.BigDecimal;

/** Number formatting shared by messages, tables and reports. */
public final class Numbers {

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
     * A figure rounded for reading next to the bound it is judged against, with the digits that decide:
     * two decimals, more while the rounded figure would compare with {@code bound} otherwise than the
     * figure itself (11.996 against 12 reads 11.996, never "12 falls short of 12").
     */
    public static String deciding(double value, double bound) {
        int digits = digits(value, bound, false);
        return digits > 6 ? plain(value) : plain(round(value, digits));
    }

    /**
     * How many decimals (2 to 6) two figures need so that, rounded alike, they compare as they do: the
     * latest figure and the level expected by now never print equal when one is below the other.
     */
    public static int digitsSeparating(double a, double b) {
        return Math.min(digits(a, b, true), 6);
    }

    /**
     * The fewest decimals, from 2 to 6, at which {@code a} rounded (and {@code b}, when {@code both})
     * compares with {@code b} as {@code a} itself does; 7 when none does.
     */
    private static int digits(double a, double b, boolean both) {
        int sign = compare(a, b);
        for (int digits = 2; digits <= 6; digits++) {
            if (compare(round(a, digits), both ? round(b, digits) : b) == sign) {
                return digits;
            }
        }
        return 7;
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
    private static int compare(double a, double b) {
        double slack = 1e-9 * Math.max(1, Math.abs(b));
        return Math.abs(a - b) <= slack ? 0 : Double.compare(a, b);
    }
}
