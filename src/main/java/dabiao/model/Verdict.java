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

    /**
     * Whether the verdict can fail a run: a scope the plan names. A district benchmarked against a
     * city-wide standard informs and never fails {@code --fail-on}.
     */
    public boolean binding() {
        return assessment.role() == ScopeRole.TARGET;
    }

    /** Whether this verdict fails a run with {@code threshold} (null: never). */
    public boolean failsAt(Status threshold) {
        return threshold != null && binding() && status.atOrPast(threshold);
    }

    /** For a yearly quota, the year judged; null otherwise. */
    public Integer year() {
        return assessment.year();
    }

    /** The target's title, with the year of a quota: "每年新增各类品牌首店800家以上 · 2024". */
    public String title(Lang lang) {
        return title(target(), year(), lang);
    }

    /** A target's title, with the year judged when there is one. */
    public static String title(Target target, Integer year, Lang lang) {
        return target.title(lang) + (year == null ? "" : " · " + year);
    }

    /**
     * What identifies a verdict within an evaluation and from one quarter to the next: target, scope and,
     * for a yearly quota, the year ({@code sh23-5-brand-first-stores-yearly:310000:2024}).
     */
    public String key() {
        return target().id() + ":" + scope().code() + (year() == null ? "" : ":" + year());
    }
}
