package dabiao.engine;

import dabiao.model.BaselineKind;
import dabiao.model.Point;

/** Where a target's straight path starts: a figure (or a synthetic zero, without source) and its kind. */
record Baseline(Point point, BaselineKind kind) {
}
