package dabiao.model;

/**
 * The methodology's numbers, each named once: the methodology rules, the arithmetic and the README
 * refer to these names.
 */
public final class Thresholds {

    /** A pace ratio from this on is on track (时间过半、任务过半 with 5 % slack). */
    public static final double ON_PACE = 0.95;
    /** A pace ratio below this is off track; between it and {@link #ON_PACE}, at risk. */
    public static final double FAR_BEHIND = 0.6;
    /**
     * A projection that falls short of the target by more than this share of the remaining gap turns an
     * on-pace verdict into at risk.
     */
    public static final double PROJECTION_SLACK = 0.05;
    /**
     * A target the baseline already met that has slipped below it by at most this share of the target
     * value is at risk; a larger slip is off track.
     */
    public static final double SLIP_TOLERANCE = 0.05;
    /** A figure more than this many quarters older than the as-of period is not evidence (stale). */
    public static final int STALE_AFTER_QUARTERS = 4;
    /** An "about" (左右) target counts as met from this share of its value. */
    public static final double ABOUT_TOLERANCE = 0.95;

    /**
     * Whether a ratio reaches a threshold, rounding noise aside: (10 − 8) / (11.333… − 8) is 0.6, at risk,
     * even when the doubles give 0.5999999999, and it is printed 0.6 ({@link Numbers#paceRatio}).
     */
    public static boolean reaches(Double ratio, double threshold) {
        return ratio != null && Numbers.compare(ratio, threshold) >= 0;
    }

    private Thresholds() {
    }
}
