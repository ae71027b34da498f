package dabiao.input;

/** How bad a problem is: errors stop an evaluation, warnings are reported and let it go on. */
public enum Severity {
    ERROR, WARNING
}
