package dabiao.diagnostics;

/**
 * How bad a problem is: errors stop an evaluation, warnings are reported and let it go on (and fail
 * {@code validate --strict}), notes only say what was understood, e.g. that 5.3万 was read as 53000.
 */
public enum Severity {
    ERROR, WARNING, NOTE
}
