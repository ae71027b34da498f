package dabiao.model;

/**
 * How a figure is compared with a target value, as the plans word it.
 * Upward comparisons want the figure to rise to the value; downward ones (ceilings) to fall to it.
 */
public enum Comparison {
    /** 以上 / 不少于 / 不低于 / 达到: figure ≥ value. */
    AT_LEAST("at least", "≥"),
    /** 超过: figure > value. */
    ABOVE("above", ">"),
    /** 左右: a tolerance band, met from 95 % of the value. */
    ABOUT("about", "≈"),
    /** 不超过 / 控制在…以内: figure ≤ value. */
    AT_MOST("at most", "≤"),
    /** 低于: figure < value. */
    BELOW("below", "<");

    private static final double EPSILON = 1e-9;

    private final String words;
    private final String symbol;

    Comparison(String words, String symbol) {
        this.words = words;
        this.symbol = symbol;
    }

    /** The words used in rules and JSON, e.g. {@code at least}. */
    public String words() {
        return words;
    }

    public String symbol() {
        return symbol;
    }

    /** +1 when the figure must rise to the value, −1 when it must fall to it. */
    public int direction() {
        return this == AT_MOST || this == BELOW ? -1 : 1;
    }

    /** Whether {@code figure} satisfies this comparison with {@code value}; tolerant of rounding noise. */
    public boolean satisfied(double figure, double value) {
        double slack = EPSILON * Math.max(1, Math.abs(value));
        return switch (this) {
            case AT_LEAST -> figure >= value - slack;
            case ABOVE -> figure > value + slack;
            case ABOUT -> figure >= value * Thresholds.ABOUT_TOLERANCE - slack;
            case AT_MOST -> figure <= value + slack;
            case BELOW -> figure < value - slack;
        };
    }

    /**
     * The figures that satisfy this comparison with {@code value}: the band a verdict reports. An
     * "about" target's band starts at {@link Thresholds#ABOUT_TOLERANCE} of the value.
     */
    public Band band(double value) {
        return switch (this) {
            case AT_LEAST -> new Band(value, null, false);
            case ABOVE -> new Band(value, null, true);
            case ABOUT -> new Band(value * Thresholds.ABOUT_TOLERANCE, null, false);
            case AT_MOST -> new Band(null, value, false);
            case BELOW -> new Band(null, value, true);
        };
    }

    /** Looks a comparison up by its words ({@code at least}); null when there is none. */
    public static Comparison byWords(String words) {
        for (Comparison c : values()) {
            if (c.words.equals(words)) {
                return c;
            }
        }
        return null;
    }
}
