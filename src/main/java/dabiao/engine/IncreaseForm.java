package dabiao.engine;

import dabiao.diagnostics.Messages;
import dabiao.model.BaselineKind;
import dabiao.model.Indicator;
import dabiao.model.Period;
import dabiao.model.TargetForm;
import dabiao.model.Lang;
import dabiao.model.Point;
import dabiao.model.Target;

import java.util.List;

/**
 * Growth of a stock over its level at the plan's start (新增1.5万张). The start level is part of the
 * target: without its figure the increase cannot be measured, and the verdict is no data.
 */
final class IncreaseForm implements Form {

    static final IncreaseForm INSTANCE = new IncreaseForm();

    private IncreaseForm() {
    }

    @Override
    public Baseline baseline(Target target, Window window, List<Point> series) {
        Point atStart = target.start() == null ? null : Point.at(series, target.start());
        return atStart == null ? null : new Baseline(atStart, BaselineKind.START);
    }

    /** An increase is over the start level: it needs a start. */
    @Override
    public List<Flaw> flaws(Period start, Period deadline, Indicator counted) {
        return start == null ? List.of(new Flaw("rules.start-needed", TargetForm.INCREASE.word()))
                : Form.super.flaws(start, deadline, counted);
    }

    @Override
    public double required(Target target, double baseline) {
        return baseline + target.requirement().value();
    }

    @Override
    public double measured(double level, double baseline) {
        return level - baseline;
    }

    /** "较2020年末新增 ≥ 15000张": never "≥ 15000张", which reads as a level already met. */
    @Override
    public String phrase(String comparison, Target target, Lang lang) {
        String over = target.start() == null ? "" : Labels.deadline(target.start(), lang);
        return Messages.get(lang, "requirement.increase", comparison, over);
    }

    @Override
    public String figure(double value, String unsigned, Lang lang) {
        return Messages.get(lang, value < 0 ? "figure.decrease" : "figure.increase", unsigned);
    }
}
