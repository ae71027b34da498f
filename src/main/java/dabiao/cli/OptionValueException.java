package dabiao.cli;

import dabiao.diagnostics.Messages;
import dabiao.model.Lang;
import picocli.CommandLine;

/**
 * An option value a converter refuses, in dabiao's words: a message key and its arguments, read out in
 * the user's language by {@link ParameterErrors} (picocli's own text is English).
 */
final class OptionValueException extends CommandLine.TypeConversionException {

    private final String key;
    private final Object[] args;

    OptionValueException(String key, Object... args) {
        super(Messages.get(Lang.EN, key, args));
        this.key = key;
        this.args = args.clone();
    }

    String message(Lang lang) {
        return Messages.get(lang, key, args);
    }
}
