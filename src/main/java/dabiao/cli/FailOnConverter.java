package dabiao.cli;

import dabiao.model.Status;
import picocli.CommandLine;

/** Reads a --fail-on threshold: a status from met to missed, or {@code never}. */
final class FailOnConverter implements CommandLine.ITypeConverter<FailOn> {

    @Override
    public FailOn convert(String value) {
        if (value.equals("never")) {
            return new FailOn(null);
        }
        Status s = Status.byId(value);
        if (s == null || s == Status.NO_DATA) {
            throw new OptionValueException("cli.value.fail-on", value);
        }
        return new FailOn(s);
    }
}
