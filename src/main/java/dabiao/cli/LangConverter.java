package dabiao.cli;

import dabiao.model.Lang;
import picocli.CommandLine;

import java.util.Locale;

/** Reads {@code zh} or {@code en}. */
public final class LangConverter implements CommandLine.ITypeConverter<Lang> {

    @Override
    public Lang convert(String value) {
        try {
            return Lang.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new OptionValueException("cli.value.lang", value);
        }
    }
}
