package dabiao.model;

/**
 * The judgement of one target on one scope.
 *
 * @param assessment the evidence
 * @param status     the status the methodology chose
 * @param rule       the name of the methodology rule that chose it
 * @param reason     why, in one sentence
 */
public record Verdict(Assessment assessment, Status status, String rule, Reason reason) {

    public Target target() {
        return assessment.target();
    }

    public Scope scope() {
        return assessment.scope();
    }
}
