package dabiao.engine;

import dabiao.input.DataSet;
import dabiao.model.Assessment;
import dabiao.model.Missing;
import dabiao.model.Period;
import dabiao.model.Point;
import dabiao.model.Scope;
import dabiao.model.Target;
import dabiao.model.TargetForm;

import java.util.ArrayList;
import java.util.List;

/**
 * Works out the evidence for one target on one scope: baseline, latest figure, the straight path from
 * the baseline to the target at the deadline (时间过半、任务过半), the pace ratio and the trend's
 * projection. Choosing a status from this evidence is the methodology rules' job.
 */
final class Assessor {

    private final DataSet data;
    private final Period asOf;

    Assessor(DataSet data, Period asOf) {
        this.data = data;
        this.asOf = asOf;
    }

    Assessment assess(Target target, Scope scope) {
        List<Point> all = data.series(scope.code(), target.indicator());
        Period deadline = deadlineJudged(target);
        if (all.isEmpty()) {
            return Assessment.lacking(target, scope, asOf, deadline, target.requirement().value(), null, null,
                    new Missing(target.indicator(), Missing.Kind.ANY, null), List.of());
        }
        Point baseline = baseline(target, all, deadline);
        List<Point> path = new ArrayList<>();
        if (baseline.source() == null) {
            path.add(baseline);
        }
        all.stream().filter(p -> p.period().endMonth() >= baseline.period().endMonth())
                .filter(p -> target.form() != TargetForm.YEARLY || p.period().year() == deadline.year())
                .forEach(path::add);
        double required = target.form() == TargetForm.INCREASE
                ? baseline.value() + target.requirement().comparison().direction() * target.requirement().value()
                : target.requirement().value();
        boolean deadlinePassed = asOf.endsNoEarlierThan(deadline);
        Point latest = path.get(path.size() - 1);
        if (target.form() == TargetForm.YEARLY && latest == baseline) {
            return Assessment.lacking(target, scope, asOf, deadline, required, baseline, null,
                    new Missing(target.indicator(), Missing.Kind.IN_YEAR, deadline), path);
        }
        double measured = target.form() == TargetForm.INCREASE ? latest.value() - baseline.value() : latest.value();
        boolean satisfied = target.requirement().satisfiedBy(measured);
        if (latest.period().endMonth() <= baseline.period().endMonth() && !satisfied && !deadlinePassed) {
            return Assessment.lacking(target, scope, asOf, deadline, required, baseline, latest,
                    new Missing(target.indicator(), Missing.Kind.AFTER_BASELINE, baseline.period()), path);
        }
        return withPace(target, scope, deadline, required, baseline, latest, path, satisfied, deadlinePassed);
    }

    private Assessment withPace(Target target, Scope scope, Period deadline, double required, Point baseline,
                                Point latest, List<Point> path, boolean satisfied, boolean deadlinePassed) {
        int direction = target.requirement().comparison().direction();
        double b = baseline.value();
        double span = deadline.endYears() - baseline.period().endYears();
        double elapsed = span <= 0 ? 1 : clamp((latest.period().endYears() - baseline.period().endYears()) / span);
        Double expected;
        Double pace;
        if (direction * (required - b) <= 0) {
            // The baseline already met the target: the path is to stay there.
            expected = required;
            pace = satisfied ? 1.0 : 0.0;
        } else {
            expected = b + (required - b) * elapsed;
            pace = expected == b ? null : (latest.value() - b) / (expected - b);
        }
        Double projection = Trend.projectAt(path, deadline.endYears());
        Double shortfall = null;
        double remaining = direction * (required - latest.value());
        if (projection != null && remaining > 0) {
            shortfall = direction * (required - projection) / remaining;
        }
        return new Assessment(target, scope, asOf, deadline, required, baseline, latest, expected, pace,
                projection, shortfall, satisfied, deadlinePassed, null, path);
    }

    /** For a yearly quota, the end of the year judged: the as-of year, kept within the quota's years. */
    private Period deadlineJudged(Target target) {
        if (target.form() != TargetForm.YEARLY) {
            return target.deadline();
        }
        int first = target.start() == null ? target.deadline().year() : target.start().year();
        int year = Math.max(first, Math.min(asOf.year(), target.deadline().year()));
        return Period.year(year);
    }

    /**
     * The plan's starting figure; else, for running totals, zero at the start; else the earliest figure.
     * A synthetic point has no source.
     */
    private static Point baseline(Target target, List<Point> all, Period deadline) {
        if (target.form() == TargetForm.YEARLY) {
            return new Point(deadline.startOfYear(), 0, null);
        }
        if (target.start() != null) {
            for (Point p : all) {
                if (p.period().endMonth() == target.start().endMonth()) {
                    return p;
                }
            }
            if (target.form() == TargetForm.CUMULATIVE) {
                return new Point(target.start(), 0, null);
            }
        }
        return all.get(0);
    }

    private static double clamp(double f) {
        return Math.max(0, Math.min(1, f));
    }
}
