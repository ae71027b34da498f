package dabiao.cli;

import dabiao.model.Status;

/** The --fail-on threshold; {@code threshold} is null for {@code never}. */
record FailOn(Status threshold) {
}
