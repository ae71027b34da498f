package dabiao.output;

import dabiao.model.SourceRef;
import dabiao.model.Verdict;

/**
 * Where a verdict sends a reader who wants to act on it: the snapshot line that holds the latest figure
 * used (for a derived figure, its numerator). A verdict without a stated figure, e.g. a running total
 * still at its synthetic zero, points at its target's rule instead; null when neither is known.
 */
final class Where {

    private Where() {
    }

    static SourceRef of(Verdict v) {
        if (v.assessment().latest() != null && v.assessment().latest().source() != null) {
            return v.assessment().latest().source();
        }
        return v.target().source();
    }
}
