package dabiao.model;

/**
 * A fact a target rule inserts when its scope pattern matches: this target applies to this scope.
 * The methodology assesses each assignment once, and refuses a target that reaches one scope twice.
 *
 * @param sequence distinguishes two otherwise equal assignments, which only a faulty rule makes
 */
public record Assignment(Target target, Scope scope, long sequence) {
}
