package dabiao.model;

/**
 * A fact a target rule inserts when its scope pattern matches: this target applies to this scope.
 * The methodology assesses each assignment once, and refuses a target that reaches one scope twice.
 *
 * @param sequence distinguishes two otherwise equal assignments, which only a faulty rule makes
 */
public record Assignment(Target target, Scope scope, long sequence) {

    /** Target id and scope code: what two assignments of one target to one scope share (a string, cheap to index). */
    public String key() {
        return target.id() + ":" + scope.code();
    }
}
