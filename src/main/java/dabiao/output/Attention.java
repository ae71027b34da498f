package dabiao.output;

import dabiao.model.Report;
import dabiao.model.Status;
import dabiao.model.Verdict;

import java.util.Comparator;
import java.util.List;

/**
 * The verdicts that need someone's attention, in the order every report lists them: at risk or worse,
 * the worst status first (missed, off track, at risk), a scope the plan names before a district
 * benchmarked against a city-wide standard, then the largest gap to target as a share of the target,
 * so that yuan and places compare. The report's own order breaks ties.
 */
final class Attention {

    private static final Comparator<Verdict> WORST_FIRST = Comparator
            .comparing((Verdict v) -> v.status().ordinal(), Comparator.reverseOrder())
            .thenComparing(Verdict::binding, Comparator.reverseOrder())
            .thenComparing(Attention::shortfall, Comparator.reverseOrder());

    private Attention() {
    }

    static List<Verdict> of(Report report) {
        return worstFirst(report.verdicts().stream().filter(Attention::needs).toList());
    }

    /** {@code verdicts} in the order above (a --fail-on below at-risk fails verdicts that need no attention). */
    static List<Verdict> worstFirst(List<Verdict> verdicts) {
        return verdicts.stream().sorted(WORST_FIRST).toList();
    }

    static boolean needs(Verdict v) {
        return v.status().atOrPast(Status.AT_RISK);
    }

    /** How far the figure is from the target, as a share of the target; 0 without a figure. */
    static double shortfall(Verdict v) {
        Double gap = v.assessment().gap();
        double bound = Math.abs(v.assessment().band().bound());
        return gap == null ? 0 : bound == 0 ? gap : gap / bound;
    }
}
