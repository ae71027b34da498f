package dabiao.model;

import java.util.Objects;

/**
 * What a target requires of its indicator: a comparison and a value in the indicator's base unit.
 * Written in rules as {@code at least 4.5}, {@code above 50}, {@code about 85}, {@code at most 3},
 * {@code below 10}, or {@code full coverage} (at least 100 %).
 */
public record Requirement(Comparison comparison, double value) {

    public Requirement {
        Objects.requireNonNull(comparison, "comparison must not be null");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite");
        }
    }

    /** Parses the rule wording; throws IllegalArgumentException with the accepted forms. */
    public static Requirement parse(String text) {
        String t = text.trim().replaceAll("\\s+", " ");
        if (t.equals("full coverage")) {
            return new Requirement(Comparison.AT_LEAST, 100);
        }
        int split = t.lastIndexOf(' ');
        Comparison c = split < 0 ? null : Comparison.byWords(t.substring(0, split));
        if (c == null) {
            throw new IllegalArgumentException("expected 'at least N', 'above N', 'about N', 'at most N', "
                    + "'below N' or 'full coverage', found '" + text + "'");
        }
        try {
            return new Requirement(c, Double.parseDouble(t.substring(split + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + t.substring(split + 1) + "' is not a number in '" + text + "'");
        }
    }

    public boolean satisfiedBy(double figure) {
        return comparison.satisfied(figure, value);
    }

    @Override
    public String toString() {
        return comparison.words() + " " + Numbers.plain(value);
    }
}
