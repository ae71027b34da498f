package dabiao.engine;

import dabiao.data.DataSet;
import dabiao.model.Assessment;
import dabiao.model.Band;
import dabiao.model.BaselineKind;
import dabiao.model.Missing;
import dabiao.model.Period;
import dabiao.model.Point;
import dabiao.model.Requirement;
import dabiao.model.Scope;
import dabiao.model.ScopeRole;
import dabiao.model.Target;

import java.util.ArrayList;
import java.util.List;

/**
 * Works out the evidence for one target on one scope: baseline, the figure the status rests on, the
 * straight path from the baseline to the target at the deadline (时间过半、任务过半), the pace ratio and
 * the trend's projection. A closed target (the as-of period at or past its deadline) rests on its
 * deadline's figure alone; an open one on its latest figure, measured against where the path stands at
 * the as-of period. Choosing a status from this evidence is the methodology rules' job.
 */
final class Assessor {

    private final DataSet data;
    private final Period asOf;

    Assessor(DataSet data, Period asOf) {
        this.data = data;
        this.asOf = asOf;
    }

    /** One assessment per stretch judged (one per year of a yearly quota); none before the target is in force. */
    List<Assessment> assess(Target target, Scope scope) {
        Form form = Form.of(target.form());
        List<Point> all = data.series(scope.code(), target.indicator());
        List<Assessment> out = new ArrayList<>();
        for (Window w : form.windows(target, asOf)) {
            out.add(assess(new Evidence(target, scope, w), form, all));
        }
        return out;
    }

    private Assessment assess(Evidence e, Form form, List<Point> all) {
        Target target = e.target;
        if (all.isEmpty()) {
            return e.lacking(Missing.Kind.ANY, null);
        }
        Baseline base = form.baseline(target, e.window, all);
        if (base == null) {
            return e.lacking(Missing.Kind.BASELINE, target.start());
        }
        Point b = base.point();
        e.baseline = b;
        e.baselineKind = base.kind();
        e.required = form.required(target, b.value());
        Requirement requirement = target.requirement();
        Period deadline = e.window.deadline();
        if (e.deadlinePassed) {
            e.series = path(b, all, deadline);
            if (form.continuesAfterDeadline()) {
                e.afterDeadline = PlanCalendar.within(all, deadline, asOf);
            }
            Point atDeadline = Point.at(all, deadline);
            if (atDeadline == null) {
                return e.lacking(Missing.Kind.AT_DEADLINE, deadline);
            }
            e.latest(atDeadline, form.measured(atDeadline.value(), b.value()));
            e.satisfied = requirement.satisfiedBy(e.measured);
            return e.build();
        }
        e.series = path(b, all, asOf);
        Point latest = e.series.get(e.series.size() - 1);
        if (latest == b && b.source() == null) {
            // Only the zero a running total or a quota starts from: nothing reported since the start.
            return e.lacking(form.nothingSinceBaseline(), e.window.year() != null ? deadline : b.period());
        }
        e.latest(latest, form.measured(latest.value(), b.value()));
        if (PlanCalendar.stale(latest.period(), asOf)) {
            return e.lacking(Missing.Kind.STALE, latest.period());
        }
        e.satisfied = requirement.satisfiedBy(e.measured);
        if (e.satisfied) {
            return e.build();
        }
        int direction = requirement.comparison().direction();
        if (requirement.satisfiedBy(form.measured(b.value(), b.value())) || direction * (e.required - b.value()) <= 0) {
            // The baseline already met the target, or stood on its bound: the path is to hold it, and the
            // question is how far the figure is off.
            double bound = e.band().bound();
            e.slip = Math.abs(bound - latest.value()) / Math.max(Math.abs(bound), Double.MIN_NORMAL);
            e.expectedNow = e.required;
            return e.build();
        }
        if (latest == b) {
            return e.lacking(Missing.Kind.AFTER_BASELINE, b.period());
        }
        withPace(e, b, latest, deadline);
        return e.build();
    }

    /** Expected-now and pace at the as-of period; the trend read at the deadline. */
    private void withPace(Evidence e, Point b, Point latest, Period deadline) {
        int direction = e.target.requirement().comparison().direction();
        double expected = PlanCalendar.onPath(b, e.required, deadline, asOf);
        e.expectedNow = expected;
        e.paceRatio = expected == b.value() ? null : (latest.value() - b.value()) / (expected - b.value());
        e.projection = Trend.projectAt(e.series, deadline.endYears());
        // Short of what counts as met (for 左右, 95 % of the value), not of the value itself.
        double bound = e.band().bound();
        double remaining = direction * (bound - latest.value());
        if (e.projection != null && remaining > 0) {
            e.projectionShortfall = direction * (bound - e.projection) / remaining;
        }
    }

    /** The baseline, then the figures after it up to {@code to}. */
    private static List<Point> path(Point baseline, List<Point> all, Period to) {
        List<Point> path = new ArrayList<>();
        path.add(baseline);
        path.addAll(PlanCalendar.within(all, baseline.period(), to));
        return path;
    }

    /** The evidence gathered so far for one stretch, built into an assessment at the end. */
    private final class Evidence {
        final Target target;
        final Scope scope;
        final Window window;
        double required;
        Point baseline;
        BaselineKind baselineKind;
        Point latest;
        Double measured;
        Double expectedNow;
        Double paceRatio;
        Double projection;
        Double projectionShortfall;
        Double slip;
        boolean satisfied;
        boolean deadlinePassed;
        List<Point> series = List.of();
        List<Point> afterDeadline = List.of();

        Evidence(Target target, Scope scope, Window window) {
            this.target = target;
            this.scope = scope;
            this.window = window;
            this.required = target.requirement().value();
            this.deadlinePassed = PlanCalendar.closed(window.deadline(), asOf);
        }

        void latest(Point p, double measured) {
            this.latest = p;
            this.measured = measured;
        }

        Band band() {
            return Band.of(target.requirement(), required);
        }

        Assessment lacking(Missing.Kind what, Period period) {
            return build(new Missing(target.indicator(), what, period));
        }

        Assessment build() {
            return build(null);
        }

        private Assessment build(Missing missing) {
            boolean noData = missing != null;
            return new Assessment(target, scope, ScopeRole.of(target, scope), asOf, window.year(), window.deadline(),
                    required, baseline, baselineKind, latest, measured,
                    noData ? null : expectedNow, noData ? null : paceRatio, noData ? null : projection,
                    noData ? null : projectionShortfall, noData ? null : slip, !noData && satisfied, deadlinePassed,
                    missing, series, afterDeadline);
        }
    }
}
