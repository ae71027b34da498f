package dabiao.validation;

import dabiao.diagnostics.Problem;

import dabiao.model.Catalog;
import dabiao.model.Indicator;
import dabiao.model.Numbers;
import dabiao.model.Observation;
import dabiao.model.Point;
import dabiao.model.Snapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A year's file ({@code 2024.yaml}) and its fourth quarter's ({@code 2024-Q4.yaml}) describe the same
 * moment, the end of the year: where both report a figure, a difference is an error, since only one
 * of them can be right and the evaluation would silently take the quarter's.
 */
final class SameMoment {

    private SameMoment() {
    }

    /** Every figure of {@code here} that {@code there} reports otherwise, located in {@code here}. */
    static List<Problem> disagreements(Snapshot here, Snapshot there, Catalog catalog) {
        Map<String, Point> theirs = new HashMap<>();
        there.observations().forEach(o -> theirs.put(o.scope() + "/" + o.indicator(), o.point()));
        List<Problem> problems = new ArrayList<>();
        for (Observation o : here.observations()) {
            Point other = theirs.get(o.scope() + "/" + o.indicator());
            boolean derived = catalog.find(o.indicator()).map(Indicator::derived).orElse(true);
            if (other != null && !derived && differ(o.point().value(), other.value())) {
                problems.add(Problem.error(o.point().source(), "snapshot.year-and-q4-disagree", o.indicator(),
                        Numbers.plain(o.point().value()), Numbers.plain(other.value()), other.source()));
            }
        }
        return problems;
    }

    /** More than the noise of binary fractions: 0.1 + 0.2 is 0.3 here. */
    private static boolean differ(double a, double b) {
        return Math.abs(a - b) > 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
