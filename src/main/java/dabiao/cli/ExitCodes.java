package dabiao.cli;

import dabiao.diagnostics.Problem;
import dabiao.diagnostics.Severity;
import dabiao.model.Report;
import dabiao.model.Status;

import java.util.List;

/** Every exit status of dabiao, in one place. */
public final class ExitCodes {

    /** Nothing at or past the --fail-on threshold. */
    public static final int OK = 0;
    /** Some verdict at or past the --fail-on threshold. */
    public static final int FAILING_VERDICTS = 1;
    /** Invalid input, rules or options. */
    public static final int INVALID = 2;
    /** A fault of dabiao itself. */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }

    /** The status of an evaluation: 1 when any verdict is at or past {@code failOn} (null: never). */
    public static int of(Report report, Status failOn) {
        return report.anyAtOrPast(failOn) ? FAILING_VERDICTS : OK;
    }

    /** The status of a check of inputs: 2 on any error, and with {@code strict} on any warning; notes never fail. */
    public static int of(List<Problem> problems, boolean strict) {
        boolean failing = problems.stream().anyMatch(p -> p.isError() || strict && p.severity() == Severity.WARNING);
        return failing ? INVALID : OK;
    }
}
