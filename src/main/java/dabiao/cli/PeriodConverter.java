package dabiao.cli;

import dabiao.model.Period;
import picocli.CommandLine;

/** Reads a period: {@code 2025-Q2} or {@code 2025}. */
public final class PeriodConverter implements CommandLine.ITypeConverter<Period> {

    @Override
    public Period convert(String value) {
        try {
            return Period.parse(value);
        } catch (IllegalArgumentException e) {
            throw new OptionValueException("cli.value.period", value);
        }
    }
}
