package dabiao.model;

/**
 * The range of figures that counts as met: from {@code min} up, or up to {@code max}.
 *
 * @param min    the lower bound, or null
 * @param max    the upper bound, or null
 * @param strict true when the bound itself does not count (超过 / 低于)
 */
public record Band(Double min, Double max, boolean strict) {

    /**
     * The band of {@code requirement} read in levels: an increase's band moves by the baseline, the
     * difference between the level required and the increase.
     */
    public static Band of(Requirement requirement, double required) {
        return requirement.comparison().band(requirement.value()).shifted(required - requirement.value());
    }

    /** The same band moved by {@code offset}, e.g. an increase's band read as levels. */
    public Band shifted(double offset) {
        return new Band(min == null ? null : min + offset, max == null ? null : max + offset, strict);
    }

    /** The bound a figure is measured against. */
    public double bound() {
        return min != null ? min : max;
    }
}
