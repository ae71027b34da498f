package dabiao.output;

import dabiao.model.Status;

/** The mark of each status in text formats read by people: the same in markdown tables and diffs. */
final class Marks {

    private Marks() {
    }

    static String of(Status s) {
        return switch (s) {
            case MET -> "✅";
            case ON_TRACK -> "🟢";
            case AT_RISK -> "🟡";
            case OFF_TRACK -> "🟠";
            case MISSED -> "🔴";
            case NO_DATA -> "⚪";
        };
    }
}
