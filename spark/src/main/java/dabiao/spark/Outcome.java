package dabiao.spark;

import dabiao.diagnostics.Problem;
import dabiao.model.Lang;
import dabiao.model.Status;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * What evaluating one region gave: its verdicts as JSON lines and their count per status, or the errors
 * that stopped it; and its warnings. Problems travel rendered, in the run's language.
 */
record Outcome(List<String> verdicts, long[] counts, List<Message> warnings, List<Message> errors) implements Serializable {

    /** A problem as the CLI prints it, with where it stands, so that the driver can order them as the CLI does. */
    record Message(String file, int line, int column, String text) implements Comparable<Message>, Serializable {

        private static final Comparator<Message> ORDER = Comparator.comparing(Message::file)
                .thenComparingInt(Message::line).thenComparingInt(Message::column).thenComparing(Message::text);

        static Message of(Problem p, Lang lang) {
            return new Message(p.where().file(), p.where().line(), p.where().column(), p.render(lang));
        }

        @Override
        public int compareTo(Message o) {
            return ORDER.compare(this, o);
        }
    }

    /** The counts of a run, summed over its regions. */
    record Tally(long[] counts, long warnings, long errors) implements Serializable {

        static Tally zero() {
            return new Tally(new long[Status.values().length], 0, 0);
        }

        Tally plus(Tally o) {
            long[] sum = counts.clone();
            for (int i = 0; i < sum.length; i++) {
                sum[i] += o.counts[i];
            }
            return new Tally(sum, warnings + o.warnings, errors + o.errors);
        }
    }

    Tally tally() {
        return new Tally(counts, warnings.size(), errors.size());
    }
}
