package dabiao.model;

import java.util.List;

/**
 * How one verdict came about, for {@code dabiao explain}: the verdict with its evidence (the figures
 * used, baseline, expected level, pace ratio, projection) and the rules that fired on the way.
 *
 * @param verdict the verdict explained; for a yearly quota, the latest year's
 * @param years   for a yearly quota, the verdict of every year in force so far, oldest first; else empty
 * @param fired   the rules that fired on its target and scope, in order
 * @param catalog the indicators, for names and units
 */
public record Explanation(Verdict verdict, List<Verdict> years, List<Fired> fired, Catalog catalog) {

    public Explanation {
        years = List.copyOf(years);
        fired = List.copyOf(fired);
    }

    /**
     * A rule that fired.
     *
     * @param rule        its name
     * @param methodology true for a rule of the methodology, false for the target's own rule
     */
    public record Fired(String rule, boolean methodology) {
    }
}
