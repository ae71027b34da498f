package dabiao.data;

import dabiao.model.Indicator;
import dabiao.model.Numbers;
import dabiao.model.Period;
import dabiao.model.Point;
import dabiao.model.RunningTotal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A running total and the yearly count it sums, as the catalog links them ({@code since} and
 * {@code yearly} on the running total): the total at the end of a year is its reported figure there,
 * or the total at the end of the year before plus that year's year-end count, and it is 0 at the end of
 * the year before {@code since}. Only reported figures are used, so nothing derived is summed again.
 */
public final class YearlySums {

    /** Reported figures of one scope: the point of {@code indicator} that ends with {@code year}, or null. */
    public interface YearEnds {
        Point at(String indicator, int year);
    }

    /** One figure a sum is made of: its indicator and its point, which says where it was read. */
    public record Term(String indicator, Point point) {
        @Override
        public String toString() {
            return Numbers.plain(point.value()) + " " + indicator + " " + point.period() + " (" + point.source() + ")";
        }
    }

    private final String total;
    private final RunningTotal link;

    /** @param total a running total whose catalog entry names its yearly count */
    public YearlySums(Indicator total) {
        this.total = total.code();
        this.link = total.runningTotal();
    }

    public String total() {
        return total;
    }

    public String yearly() {
        return link.yearly();
    }

    public int since() {
        return link.since();
    }

    /** Whether {@code year} is one the running total counts: from {@code since} on. */
    public boolean counts(int year) {
        return year >= link.since();
    }

    /**
     * The figures whose sum is the running total at the end of {@code year}: none at the end of the
     * year before {@code since}, else the total reported there, else the sum up to the year before plus
     * the year's own count. Null when a figure it needs is not reported.
     */
    public List<Term> atEndOf(int year, YearEnds reported) {
        if (year == link.since() - 1) {
            return List.of();
        }
        if (year < link.since() - 1) {
            return null;
        }
        Point reportedTotal = reported.at(total, year);
        if (reportedTotal != null) {
            return List.of(new Term(total, reportedTotal));
        }
        Point count = reported.at(link.yearly(), year);
        List<Term> before = count == null ? null : atEndOf(year - 1, reported);
        if (before == null) {
            return null;
        }
        List<Term> terms = new ArrayList<>(before);
        terms.add(new Term(link.yearly(), count));
        return terms;
    }

    /**
     * The figures each of the two gives the other at a moment where only one is reported: the total is
     * the sum at the end of last year plus the year's count so far; the year's count is the total less
     * the sum at the end of last year. A derived point keeps the source of the figure it came from.
     * Nothing is derived where a figure it needs is missing, nor a negative count.
     *
     * @param reported the reported series of one scope, by indicator, one point per moment
     * @return the derived points, by indicator (the total, the yearly count or both), oldest first
     */
    public Map<String, List<Point>> derive(Map<String, List<Point>> reported) {
        List<Point> totals = reported.getOrDefault(total, List.of());
        List<Point> counts = reported.getOrDefault(link.yearly(), List.of());
        YearEnds yearEnds = (indicator, year) -> Point.at(reported.getOrDefault(indicator, List.of()), Period.year(year));
        Map<String, List<Point>> derived = new HashMap<>();
        for (Point count : counts) {
            List<Term> before = lastYear(count, totals, yearEnds);
            if (before != null) {
                derived.computeIfAbsent(total, k -> new ArrayList<>())
                        .add(new Point(count.period(), sum(before) + count.value(), count.source()));
            }
        }
        for (Point t : totals) {
            List<Term> before = lastYear(t, counts, yearEnds);
            if (before != null && t.value() - sum(before) >= 0) {
                derived.computeIfAbsent(link.yearly(), k -> new ArrayList<>())
                        .add(new Point(t.period(), t.value() - sum(before), t.source()));
            }
        }
        return derived;
    }

    /** The sum at the end of the year before {@code p}, when the other series lacks p's moment; else null. */
    private List<Term> lastYear(Point p, List<Point> other, YearEnds yearEnds) {
        if (!counts(p.period().year()) || Point.at(other, p.period()) != null) {
            return null;
        }
        return atEndOf(p.period().year() - 1, yearEnds);
    }

    public static double sum(List<Term> terms) {
        return terms.stream().mapToDouble(t -> t.point().value()).sum();
    }

    public static String written(List<Term> terms) {
        return terms.stream().map(Term::toString).collect(Collectors.joining(" + "));
    }

    /** Beyond rounding: whole numbers must agree exactly, figures with decimals to 0.1 %. */
    public static boolean disagree(double given, double expected) {
        boolean whole = given == Math.rint(given) && expected == Math.rint(expected);
        double tolerance = whole ? 0.5 : 0.001 * Math.max(Math.abs(expected), 1e-9);
        return Math.abs(given - expected) > tolerance;
    }
}
