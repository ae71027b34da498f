package dabiao.engine;

import dabiao.model.Indicator;
import dabiao.model.Lang;
import dabiao.model.Missing;
import dabiao.model.Period;
import dabiao.model.Point;
import dabiao.model.Target;
import dabiao.model.TargetForm;

import java.util.List;

/**
 * The arithmetic of one form of target (level, running total, yearly quota, increase): which stretches
 * of time it is judged over, where its path starts, and what is compared with the requirement. The
 * rest of the methodology is the same for every form.
 */
sealed interface Form permits LevelForm, CumulativeForm, YearlyForm, IncreaseForm {

    static Form of(TargetForm form) {
        return switch (form) {
            case LEVEL -> LevelForm.INSTANCE;
            case CUMULATIVE -> CumulativeForm.INSTANCE;
            case YEARLY -> YearlyForm.INSTANCE;
            case INCREASE -> IncreaseForm.INSTANCE;
        };
    }

    /**
     * What is wrong with a target's {@code @start} and {@code @deadline} for this form, as message keys
     * and arguments (located at {@code @start}); empty when nothing is. The deadline is known.
     *
     * @param counted the target's indicator in the catalog, or null when it is unknown
     */
    default List<Flaw> flaws(Period start, Period deadline, Indicator counted) {
        return start != null && start.endsNoEarlierThan(deadline)
                ? List.of(new Flaw("rules.start-after-deadline", start, deadline)) : List.of();
    }

    /** A flaw of a target's periods: a message key and its arguments. */
    record Flaw(String key, Object... args) {
    }

    /** The stretches judged as of {@code asOf}, oldest first; none before the target is in force. */
    default List<Window> windows(Target target, Period asOf) {
        return PlanCalendar.beforeStart(target.start(), asOf) ? List.of() : List.of(new Window(null, target.deadline()));
    }

    /**
     * The baseline of {@code window} given the scope's figures (not empty), or null when the form cannot
     * do without a figure that was not reported.
     */
    Baseline baseline(Target target, Window window, List<Point> series);

    /** The level the figure must reach: the requirement's value, or for an increase the baseline plus it. */
    default double required(Target target, double baseline) {
        return target.requirement().value();
    }

    /** What is compared with the requirement: the level itself, or for an increase the level minus the baseline. */
    default double measured(double level, double baseline) {
        return level;
    }

    /** Whether figures after a closed deadline describe the same quantity, and so are shown as context. */
    default boolean continuesAfterDeadline() {
        return true;
    }

    /**
     * Whether a figure after a closed deadline that meets the requirement means the target was met late
     * ("达标于2026-Q1，晚于期限"); a running total after its plan period counts what the period excludes.
     */
    default boolean metLateByLaterFigures() {
        return true;
    }

    /**
     * The requirement as this form reads it, from the comparison and value ({@code ≥ 200个}): a running
     * total says over which years, a quota that it is every year, an increase over which level.
     */
    default String phrase(String comparison, Target target, Lang lang) {
        return comparison;
    }

    /**
     * A figure as this form compares it, from its value and its text without sign: the level itself, or
     * for an increase "新增 12000张" (a fall, "减少 2000张").
     */
    default String figure(double value, String unsigned, Lang lang) {
        return value < 0 ? "-" + unsigned : unsigned;
    }

    /** When the target starts, as said of one not yet in force: "2023年末" (a quota: "2023年"). */
    default String startsFrom(Target target, Lang lang) {
        return target.start() == null ? "" : Labels.deadline(target.start(), lang);
    }

    /** What is missing when no figure has come after the baseline. */
    default Missing.Kind nothingSinceBaseline() {
        return Missing.Kind.AFTER_BASELINE;
    }
}
