package dabiao.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two evaluations, for {@code dabiao diff}: each (target, scope) whose status
 * moved, grouped by how it moved, worst news first.
 *
 * @param from    the earlier period
 * @param to      the later period
 * @param changes the verdicts whose status moved
 * @param compared how many verdicts the later evaluation has
 */
public record ReportDiff(Period from, Period to, List<Change> changes, int compared) {

    public ReportDiff {
        changes = List.copyOf(changes);
    }

    /** How a status moved, named for the reader; the order is the order of a report. */
    public enum Move {
        /** Now missed. */
        MISSED,
        /** From at risk to off track. */
        WORSE,
        /** Now at risk or off track, having been met, on track or without data. */
        NEWLY_AT_RISK,
        /** Now without data, having had a status. */
        NO_DATA,
        /** Now better than before, short of met. */
        RECOVERED,
        /** Now on track, having been met or without data. */
        ON_TRACK,
        /** Now met. */
        MET;

        /** The identifier used in JSON, e.g. {@code newly-at-risk}. */
        public String id() {
            return Ids.of(this);
        }

        /** How {@code before} (null: no verdict then) became {@code after}; null when it did not move. */
        public static Move of(Status before, Status after) {
            Status was = before == null ? Status.NO_DATA : before;
            if (was == after) {
                return null;
            }
            switch (after) {
                case MET: return MET;
                case MISSED: return MISSED;
                case NO_DATA: return NO_DATA;
                default: break;
            }
            if (was == Status.NO_DATA) {
                return after == Status.ON_TRACK ? ON_TRACK : NEWLY_AT_RISK;
            }
            if (after.ordinal() < was.ordinal()) {
                return RECOVERED;
            }
            if (after == Status.ON_TRACK) {
                return ON_TRACK;
            }
            return was == Status.MET || was == Status.ON_TRACK ? NEWLY_AT_RISK : WORSE;
        }
    }

    /**
     * One verdict that moved.
     *
     * @param before the verdict in the earlier evaluation, or null when there was none
     * @param after  the verdict in the later evaluation
     */
    public record Change(Move move, Verdict before, Verdict after) {
    }

    /**
     * The verdicts of {@code to} whose status differs from the same target and scope (and year of a quota)
     * in {@code from}. A target closed in both is judged on the same deadline figure, so it moves only
     * when that figure was corrected.
     */
    public static ReportDiff between(Report from, Report to) {
        Map<String, Verdict> earlier = new HashMap<>();
        from.verdicts().forEach(v -> earlier.put(v.key(), v));
        List<Change> changes = new ArrayList<>();
        for (Verdict after : to.verdicts()) {
            Verdict before = earlier.get(after.key());
            Move move = Move.of(before == null ? null : before.status(), after.status());
            if (move != null) {
                changes.add(new Change(move, before, after));
            }
        }
        changes.sort(Comparator.comparing(Change::move));
        return new ReportDiff(from.asOf(), to.asOf(), changes, to.verdicts().size());
    }

    /** How many changes of each move, every move present. */
    public Map<Move, Integer> summary() {
        Map<Move, Integer> counts = new EnumMap<>(Move.class);
        for (Move m : Move.values()) {
            counts.put(m, 0);
        }
        changes.forEach(c -> counts.merge(c.move(), 1, Integer::sum));
        return counts;
    }

}
