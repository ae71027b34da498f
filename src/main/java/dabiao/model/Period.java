package dabiao.model;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a quarter ({@code 2025-Q2}) or a whole year ({@code 2025}).
 * A figure for a period describes the state at the period's end, so {@code 2025}
 * and {@code 2025-Q4} end at the same moment.
 *
 * @param year    the calendar year
 * @param quarter 1 to 4, or 0 for a whole year
 */
public record Period(int year, int quarter) implements Comparable<Period> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-Q([1-4]))?");

    public Period {
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (quarter < 0 || quarter > 4) {
            throw new IllegalArgumentException("quarter out of range: " + quarter);
        }
    }

    /** Parses {@code YYYY-Qn} or {@code YYYY}; throws IllegalArgumentException otherwise. */
    public static Period parse(String text) {
        Objects.requireNonNull(text, "text must not be null");
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a period (YYYY-Qn or YYYY): " + text);
        }
        return new Period(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
    }

    public static Period year(int year) {
        return new Period(year, 0);
    }

    public boolean isYear() {
        return quarter == 0;
    }

    /** Months from year 0 to the end of this period; equal for {@code 2025} and {@code 2025-Q4}. */
    public int endMonth() {
        return year * 12 + (quarter == 0 ? 12 : quarter * 3);
    }

    /** The end of this period in fractional years, e.g. 2025.5 for {@code 2025-Q2}. */
    public double endYears() {
        return endMonth() / 12.0;
    }

    /** The end of the previous year, where year-to-date counts restart at zero. */
    public Period startOfYear() {
        return year(year - 1);
    }

    /** True when this period ends at the same moment as {@code other}: {@code 2025} and {@code 2025-Q4}. */
    public boolean sameMoment(Period other) {
        return endMonth() == other.endMonth();
    }

    /** True when this period ends at the same moment as, or after, {@code other}. */
    public boolean endsNoEarlierThan(Period other) {
        return endMonth() >= other.endMonth();
    }

    /** The next period of the same kind: the next quarter, or the next year. */
    public Period next() {
        if (quarter == 0) {
            return year(year + 1);
        }
        return quarter == 4 ? new Period(year + 1, 1) : new Period(year, quarter + 1);
    }

    /** The previous period of the same kind: the previous quarter, or the previous year. */
    public Period previous() {
        if (quarter == 0) {
            return year(year - 1);
        }
        return quarter == 1 ? new Period(year - 1, 4) : new Period(year, quarter - 1);
    }

    /** Orders by end moment; a whole year sorts after its fourth quarter. */
    @Override
    public int compareTo(Period o) {
        int byEnd = Integer.compare(endMonth(), o.endMonth());
        return byEnd != 0 ? byEnd : Boolean.compare(isYear(), o.isYear());
    }

    @Override
    public String toString() {
        return quarter == 0 ? Integer.toString(year) : year + "-Q" + quarter;
    }
}
