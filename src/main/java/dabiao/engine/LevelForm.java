package dabiao.engine;

import dabiao.model.BaselineKind;
import dabiao.model.Point;
import dabiao.model.Target;

import java.util.List;

/**
 * The level of a stock, rate or ratio at the deadline. Its path starts at the starting period's figure;
 * without one, at the earliest figure since, and the verdict says so. A figure from before the plan's
 * start is no baseline: with nothing since, there is none.
 */
final class LevelForm implements Form {

    static final LevelForm INSTANCE = new LevelForm();

    private LevelForm() {
    }

    @Override
    public Baseline baseline(Target target, Window window, List<Point> series) {
        if (target.start() != null) {
            Point atStart = Point.at(series, target.start());
            if (atStart != null) {
                return new Baseline(atStart, BaselineKind.START);
            }
            List<Point> since = PlanCalendar.within(series, target.start(), series.get(series.size() - 1).period());
            return since.isEmpty() ? null : new Baseline(since.get(0), BaselineKind.EARLIEST);
        }
        return new Baseline(series.get(0), BaselineKind.EARLIEST);
    }
}
