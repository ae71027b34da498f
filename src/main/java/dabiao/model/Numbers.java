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
        return plain(BigDecimal.valueOf(value).setScale(digits, java.math.RoundingMode.HALF_UP).doubleValue());
    }
}
