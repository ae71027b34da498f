package dabiao.engine;

import dabiao.model.Period;
import dabiao.model.Point;
import dabiao.model.Thresholds;

import java.util.ArrayList;
import java.util.List;

/**
 * The time model, written once: when a target is in force, when it closes, which figures fall within
 * its plan period, which years a yearly quota has, and when a figure is too old to be evidence. Periods
 * are compared by the moment they end, so {@code 2025} and {@code 2025-Q4} are the same moment.
 */
public final class PlanCalendar {

    private PlanCalendar() {
    }

    /** Whether {@code asOf} comes before a plan's starting period (null: no start): no verdict yet. */
    static boolean beforeStart(Period start, Period asOf) {
        return start != null && asOf.endMonth() < start.endMonth();
    }

    /** Whether a target due at {@code deadline} is closed as of {@code asOf}: judged once, on the deadline's figure. */
    static boolean closed(Period deadline, Period asOf) {
        return asOf.endsNoEarlierThan(deadline);
    }

    /** The figures after {@code from} and at or before {@code to}, oldest first. */
    static List<Point> within(List<Point> series, Period from, Period to) {
        List<Point> out = new ArrayList<>();
        for (Point p : series) {
            if (p.period().endMonth() > from.endMonth() && p.period().endMonth() <= to.endMonth()) {
                out.add(p);
            }
        }
        return out;
    }

    /** The years of a quota from {@code first} to {@code last} that have begun by {@code asOf}. */
    static List<Integer> yearsBegun(int first, int last, Period asOf) {
        List<Integer> years = new ArrayList<>();
        for (int y = first; y <= Math.min(last, asOf.year()); y++) {
            years.add(y);
        }
        return years;
    }

    /** Whether a figure of {@code period} is too old to be evidence as of {@code asOf}. */
    static boolean stale(Period period, Period asOf) {
        return asOf.endMonth() - period.endMonth() > Thresholds.STALE_AFTER_QUARTERS * 3;
    }

    /**
     * The level on the straight path from {@code baseline} to {@code required} at {@code deadline}, at the end
     * of {@code at}: what a figure should be by then to be on pace (时间过半、任务过半).
     */
    public static double onPath(Point baseline, double required, Period deadline, Period at) {
        return baseline.value() + (required - baseline.value()) * elapsed(baseline.period(), deadline, at);
    }

    /** The share of the time from {@code from} to {@code to} that has passed at {@code now}, within 0 and 1. */
    static double elapsed(Period from, Period to, Period now) {
        double span = to.endYears() - from.endYears();
        if (span <= 0) {
            return 1;
        }
        return Math.max(0, Math.min(1, (now.endYears() - from.endYears()) / span));
    }
}
