package dabiao.engine;

import dabiao.diagnostics.Messages;
import dabiao.model.BaselineKind;
import dabiao.model.Indicator;
import dabiao.model.Lang;
import dabiao.model.Missing;
import dabiao.model.Period;
import dabiao.model.Point;
import dabiao.model.Target;

import java.util.List;

/**
 * A quota for every year from {@code @start} to {@code @deadline} (每年新增800家以上), on a year-to-date
 * count. Every year in force that has begun is judged: a past year on its year-end figure, the current
 * year on its pace within the year.
 */
final class YearlyForm implements Form {

    static final YearlyForm INSTANCE = new YearlyForm();

    private YearlyForm() {
    }

    @Override
    public List<Window> windows(Target target, Period asOf) {
        return PlanCalendar.yearsBegun(firstYear(target), target.deadline().year(), asOf).stream()
                .map(y -> new Window(y, Period.year(y)))
                .toList();
    }

    /** A quota's years are whole years, the first no later than the last. */
    @Override
    public List<Flaw> flaws(Period start, Period deadline, Indicator counted) {
        return start != null && (!start.isYear() || !deadline.isYear() || start.year() > deadline.year())
                ? List.of(new Flaw("rules.yearly-years", start, deadline)) : List.of();
    }

    /** The quota's first year: its start's, or with no start its only year, the deadline's. */
    private static int firstYear(Target target) {
        return target.start() == null ? target.deadline().year() : target.start().year();
    }

    @Override
    public String phrase(String comparison, Target target, Lang lang) {
        return Messages.get(lang, "requirement.yearly", comparison, firstYear(target), target.deadline().year());
    }

    @Override
    public String startsFrom(Target target, Lang lang) {
        return Messages.get(lang, "period.year", firstYear(target));
    }

    /** Zero at the end of the year before: the count restarts every year. */
    @Override
    public Baseline baseline(Target target, Window window, List<Point> series) {
        return new Baseline(new Point(window.deadline().startOfYear(), 0, null), BaselineKind.START);
    }

    /** Next year's count is another year's, not news of this one. */
    @Override
    public boolean continuesAfterDeadline() {
        return false;
    }

    @Override
    public Missing.Kind nothingSinceBaseline() {
        return Missing.Kind.IN_YEAR;
    }
}
