package dabiao.model;

import java.util.List;

/**
 * The evidence for one target on one scope (for a yearly quota: in one year), worked out before a status
 * is chosen.
 *
 * @param target             the target
 * @param scope              the scope judged
 * @param role               why the scope is judged: named by the plan, or a district benchmarked
 *                           against a city-wide standard
 * @param asOf               the period of the evaluation
 * @param year               for a yearly quota, the year judged; null otherwise
 * @param deadline           the deadline judged (for a yearly quota, the end of the year judged)
 * @param required           the level the figure must reach at the deadline (for an increase:
 *                           the baseline plus the increase)
 * @param baseline           where the straight path starts: the starting period's figure, the earliest
 *                           figure, or zero for running totals and yearly quotas
 * @param baselineKind       where the baseline comes from; null without a baseline
 * @param latest             the figure the status rests on: for a closed target, the deadline's; else
 *                           the latest at or before {@code asOf}
 * @param measured           what is compared with the requirement: the latest figure, or for an
 *                           increase the latest minus the baseline; null without a latest figure
 * @param expectedNow        the level on the straight path at {@code asOf}; null for a closed target
 * @param paceRatio          (latest − baseline) / (expectedNow − baseline); null when not defined
 * @param projection         the least-squares projection at the deadline; null with fewer than 3 figures
 *                           or once the target is closed
 * @param projectionShortfall how far the projection falls short of {@code required}, as a share of the
 *                           remaining gap (negative when it overshoots); null without projection
 * @param slip               for a target the baseline already met and the latest figure no longer
 *                           meets: how far it slipped, as a share of the required level; else null
 * @param satisfied          whether the figure the status rests on satisfies the requirement
 * @param deadlinePassed     whether {@code asOf} is at or past the deadline: the target is closed and
 *                           judged once, on the deadline's figure
 * @param missing            what the verdict needs but lacks, or null
 * @param series             the figures up to the deadline (or {@code asOf}) the assessment used, oldest
 *                           first, from the baseline (a synthetic zero included); for a yearly quota, the
 *                           year judged. Reports draw it and {@code explain} lists it.
 * @param afterDeadline      for a closed target, the figures reported after its deadline up to
 *                           {@code asOf}: context that never changes the verdict
 */
public record Assessment(Target target, Scope scope, ScopeRole role, Period asOf, Integer year, Period deadline,
                         double required, Point baseline, BaselineKind baselineKind, Point latest, Double measured,
                         Double expectedNow, Double paceRatio, Double projection, Double projectionShortfall,
                         Double slip, boolean satisfied, boolean deadlinePassed, Missing missing,
                         List<Point> series, List<Point> afterDeadline) {

    public Assessment {
        series = List.copyOf(series);
        afterDeadline = List.copyOf(afterDeadline);
    }

    /** The latest figure reported after a closed target's deadline, or null. */
    public Point sinceDeadline() {
        return afterDeadline.isEmpty() ? null : afterDeadline.get(afterDeadline.size() - 1);
    }

    /** How far the figure the status rests on is from the bound that counts as met; null without one. */
    public Double gap() {
        return latest == null ? null : Math.abs(band().bound() - latest.value());
    }

    /** The levels that count as met, in the figure's terms (for an increase: baseline plus the increase). */
    public Band band() {
        return Band.of(target.requirement(), required);
    }
}
