package dabiao.model;

import java.util.List;

/**
 * The evidence for one target on one scope, worked out before a status is chosen.
 *
 * @param target             the target
 * @param scope              the scope judged
 * @param asOf               the period of the evaluation
 * @param deadline           the deadline judged (for a yearly quota, the end of the year judged)
 * @param required           the level the figure must reach at the deadline (for an increase:
 *                           the baseline plus the increase)
 * @param baseline           where the straight path starts: the starting period's figure, the earliest
 *                           figure, or zero for running totals
 * @param latest             the latest figure at or before {@code asOf}
 * @param expectedNow        the level on the straight path at the latest figure's period
 * @param paceRatio          (latest − baseline) / (expectedNow − baseline); null when not defined
 * @param projection         the least-squares projection at the deadline; null with fewer than 3 figures
 * @param projectionShortfall how far the projection falls short of {@code required}, as a share of the
 *                           remaining gap (negative when it overshoots); null without projection
 * @param satisfied          whether the latest figure satisfies the requirement
 * @param deadlinePassed     whether {@code asOf} is at or past the deadline
 * @param missing            what the verdict needs but lacks, or null
 * @param series             the figures the assessment used, oldest first: from the baseline (a
 *                           synthetic zero included) to the latest; for a yearly quota, the year judged.
 *                           Reports draw it and {@code explain} lists it.
 */
public record Assessment(Target target, Scope scope, Period asOf, Period deadline, double required,
                         Point baseline, Point latest, Double expectedNow, Double paceRatio,
                         Double projection, Double projectionShortfall, boolean satisfied,
                         boolean deadlinePassed, Missing missing, List<Point> series) {

    public Assessment {
        series = List.copyOf(series);
    }

    /** An assessment that stops for lack of a figure. */
    public static Assessment lacking(Target target, Scope scope, Period asOf, Period deadline,
                                     double required, Point baseline, Point latest, Missing missing,
                                     List<Point> series) {
        return new Assessment(target, scope, asOf, deadline, required, baseline, latest, null, null,
                null, null, false, asOf.endsNoEarlierThan(deadline), missing, series);
    }
}
