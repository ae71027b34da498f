package dabiao.cli;

import dabiao.diagnostics.Messages;
import dabiao.diagnostics.Suggestions;
import dabiao.model.Lang;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

import java.util.List;

/**
 * A command line picocli could not parse, said in the user's language: the option missing, unknown, given
 * twice or with a value refused. The language is read from the arguments themselves, since {@code --lang}
 * may be among what failed to parse.
 */
public final class ParameterErrors {

    private ParameterErrors() {
    }

    /** The one-line message, then the pointer to --help. */
    public static List<String> lines(ParameterException ex, String[] args) {
        Lang lang = lang(args);
        String help = Messages.get(lang, "cli.try-help", ex.getCommandLine().getCommandSpec().qualifiedName());
        return List.of("dabiao: " + message(ex, lang), help);
    }

    private static String message(ParameterException ex, Lang lang) {
        if (ex.getCause() instanceof OptionValueException refused) {
            return Messages.get(lang, "cli.invalid-value", ex.getArgSpec() instanceof OptionSpec o ? o.longestName()
                    : name(ex.getArgSpec()), refused.message(lang));
        }
        if (ex instanceof CommandLine.MissingParameterException missing) {
            return Messages.get(lang, "cli.missing", lang.list(missing.getMissing().stream()
                    // An option group lists all its options; the ones missing are those it requires.
                    .filter(ArgSpec::required).map(ParameterErrors::name).toList()));
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            // An unknown option's value follows it among the unmatched; the option is what was mistyped.
            String what = unmatched.isUnknownOption() ? unmatched.getUnmatched().get(0) : String.join(" ", unmatched.getUnmatched());
            List<String> suggestions = unmatched.isUnknownOption()
                    ? Suggestions.closest(what, ex.getCommandLine().getCommandSpec().optionsMap().keySet())
                    : unmatched.getSuggestions();
            String text = Messages.get(lang, unmatched.isUnknownOption() ? "cli.unknown-option" : "cli.unexpected-argument", what);
            return suggestions.isEmpty() ? text
                    : text + lang.pick("；", "; ") + Messages.get(lang, "cli.did-you-mean", lang.list(suggestions));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException twice) {
            return Messages.get(lang, "cli.option-twice", name(twice.getOverwritten()));
        }
        if (!ex.getCommandLine().getSubcommands().isEmpty() && ex.getMessage().startsWith("Missing required subcommand")) {
            return Messages.get(lang, "cli.missing-subcommand",
                    lang.list(ex.getCommandLine().getSubcommands().keySet()));
        }
        return Messages.get(lang, "cli.invalid", ex.getMessage());
    }

    /** "--target=ID" for an option, "FILE" for a positional parameter. */
    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec o) {
            return o.longestName() + (o.typeInfo().isBoolean() ? "" : "=" + o.paramLabel());
        }
        return arg == null ? "" : arg.paramLabel();
    }

    /** The --lang given among the arguments, if it reads; else Chinese, the default. */
    public static Lang lang(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                try {
                    return new LangConverter().convert(value);
                } catch (OptionValueException e) {
                    return Lang.ZH;
                }
            }
        }
        return Lang.ZH;
    }
}
