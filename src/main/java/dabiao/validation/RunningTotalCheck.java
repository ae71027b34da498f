package dabiao.validation;

import dabiao.data.YearlySums;
import dabiao.diagnostics.Problem;

import dabiao.model.Catalog;
import dabiao.model.Indicator;
import dabiao.model.Numbers;
import dabiao.model.Observation;
import dabiao.model.Point;
import dabiao.model.Snapshot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a snapshot reports both a running total and its yearly count for one scope, the total must be
 * the total at the end of last year plus this year's count ({@link YearlySums}); the figures of earlier
 * years come from the region's year-end reports ({@link History}). A difference warns, naming every
 * figure of the sum: one of them is wrong, and only the statistician can say which.
 */
final class RunningTotalCheck {

    private RunningTotalCheck() {
    }

    /** @param file where {@code now} was read, to look beside it for year-end reports */
    static List<Problem> check(Snapshot now, Catalog catalog, History history, Path file) {
        List<Problem> warnings = new ArrayList<>();
        Map<String, Point> here = new HashMap<>();
        now.observations().forEach(o -> here.put(o.scope() + "/" + o.indicator(), o.point()));
        for (Indicator i : catalog.indicators()) {
            if (i.yearly() == null) {
                continue;
            }
            YearlySums sums = new YearlySums(i);
            if (!sums.counts(now.period().year())) {
                continue;
            }
            for (Observation o : now.observations()) {
                Point count = here.get(o.scope() + "/" + sums.yearly());
                if (!o.indicator().equals(sums.total()) || count == null) {
                    continue;
                }
                List<YearlySums.Term> before = sums.atEndOf(now.period().year() - 1,
                        (indicator, year) -> history.endOf(now.region().code(), year, file)
                                .flatMap(s -> pointOf(s, o.scope(), indicator)).orElse(null));
                if (before == null) {
                    continue;
                }
                List<YearlySums.Term> terms = new ArrayList<>(before);
                terms.add(new YearlySums.Term(sums.yearly(), count));
                double expected = YearlySums.sum(terms);
                if (YearlySums.disagree(o.point().value(), expected)) {
                    warnings.add(Problem.warning(o.point().source(), "total.yearly-disagrees", sums.total(),
                            Numbers.plain(o.point().value()), YearlySums.written(terms), Numbers.plain(expected),
                            sums.since(), sums.yearly()));
                }
            }
        }
        return warnings;
    }

    private static Optional<Point> pointOf(Snapshot s, String scope, String indicator) {
        return s.observations().stream().filter(o -> o.scope().equals(scope) && o.indicator().equals(indicator))
                .map(Observation::point).findFirst();
    }
}
