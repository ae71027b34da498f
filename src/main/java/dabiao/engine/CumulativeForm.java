package dabiao.engine;

import dabiao.diagnostics.Messages;
import dabiao.model.BaselineKind;
import dabiao.model.Indicator;
import dabiao.model.Period;
import dabiao.model.TargetForm;
import dabiao.model.Lang;
import dabiao.model.Missing;
import dabiao.model.Point;
import dabiao.model.Target;

import java.util.List;

/**
 * A running total over the plan period (十四五期间…不少于200个): zero at the start, judged on its figure
 * at the period's end; what is built after the period does not count.
 */
final class CumulativeForm implements Form {

    static final CumulativeForm INSTANCE = new CumulativeForm();

    private CumulativeForm() {
    }

    @Override
    public Baseline baseline(Target target, Window window, List<Point> series) {
        if (target.start() == null) {
            return new Baseline(series.get(0), BaselineKind.EARLIEST);
        }
        Point atStart = Point.at(series, target.start());
        return new Baseline(atStart != null ? atStart : new Point(target.start(), 0, null), BaselineKind.START);
    }

    /**
     * A running total counts from zero at its start, which must be where its indicator counts from (the
     * catalog's {@code since}): a plan period starting elsewhere would count what was built before it.
     */
    @Override
    public List<Flaw> flaws(Period start, Period deadline, Indicator counted) {
        if (start == null) {
            return List.of(new Flaw("rules.start-needed", TargetForm.CUMULATIVE.word()));
        }
        if (counted != null && counted.runningTotal() != null
                && !(start.isYear() && start.year() + 1 == counted.runningTotal().since())) {
            int since = counted.runningTotal().since();
            return List.of(new Flaw("rules.start-not-since", start, counted.code(), since, since - 1));
        }
        return Form.super.flaws(start, deadline, counted);
    }

    /** Built after the plan period, it does not count: a later total that reaches the target is context only. */
    @Override
    public boolean metLateByLaterFigures() {
        return false;
    }

    /** Nothing reported since the start: the zero the total starts from is no report. */
    @Override
    public Missing.Kind nothingSinceBaseline() {
        return Missing.Kind.ANY;
    }

    /** "2021–2025年累计 ≥ 200个" for a plan period of whole years, else "2023年第2季度末以来累计 ≥ 20个". */
    @Override
    public String phrase(String comparison, Target target, Lang lang) {
        if (target.start() == null) {
            return comparison;
        }
        boolean wholeYears = target.start().endMonth() % 12 == 0 && target.deadline().endMonth() % 12 == 0;
        return wholeYears
                ? Messages.get(lang, "requirement.cumulative.years", comparison, target.start().year() + 1,
                        target.deadline().year())
                : Messages.get(lang, "requirement.cumulative.since", comparison, Labels.deadline(target.start(), lang));
    }
}
