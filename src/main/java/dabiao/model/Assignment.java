package dabiao.model;

/**
 * A fact a target rule inserts when its scope pattern matches: this target applies to this scope.
 * The methodology assesses each assignment once.
 */
public record Assignment(Target target, Scope scope) {
}
