package dabiao.cli;

import dabiao.diagnostics.Locations;
import dabiao.diagnostics.InputException;
import dabiao.diagnostics.Messages;
import dabiao.model.Lang;
import dabiao.output.UnwritableOutputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import java.nio.file.Path;

/** The {@code dabiao} command: subcommands, and the one place where failures become exit codes. */
@Command(name = "dabiao", mixinStandardHelpOptions = true, version = "dabiao 0.1.0",
        description = "Evaluates quarterly indicator snapshots against the quantitative targets of action plans.",
        subcommands = {EvaluateCommand.class, ExplainCommand.class, DiffCommand.class, TargetsCommand.class,
                ValidateCommand.class, TemplateCommand.class, ImportCommand.class, ExportCommand.class, RulesCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing at or past --fail-on", "1:verdicts at or past --fail-on",
                "2:invalid input, rules or options; an --output that cannot be written",
                "3:internal error; stdout that cannot be written"})
public final class Main {

    // Options every subcommand takes, before or after its name: dabiao --lang en validate, dabiao validate --lang en.
    @Option(names = "--lang", paramLabel = "zh|en", converter = LangConverter.class, defaultValue = "zh",
            scope = ScopeType.INHERIT, description = "Language of messages and reports: zh or en. Default: ${DEFAULT-VALUE}.")
    Lang lang;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "Print no warnings on stderr.")
    boolean quiet;

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT, description = "Print the stack trace of an internal error.")
    boolean stacktrace;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Add what the YAML library or the system said to a message, and the stack trace of an internal error.")
    boolean verbose;

    @Option(names = "--cache", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Folder of the rule cache (compiled rules, by content). Default: $DABIAO_CACHE, else $XDG_CACHE_HOME/dabiao, else ~/.cache/dabiao.")
    Path cache;

    @Option(names = "--no-cache", scope = ScopeType.INHERIT,
            description = "Compile the rules without reading or writing the rule cache (rules check never uses it).")
    boolean noCache;

    public static void main(String[] args) {
        // Not System.out: a PrintStream swallows write errors, so a full disk behind stdout would go unseen.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(commandLine(out, err).execute(args));
    }

    /** The command line with its writers; tests inject their own. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return configure(new CommandLine(new Main()), out, err);
    }

    /** Sets writers and failure handling on {@code cl} and every subcommand it has. */
    static CommandLine configure(CommandLine cl, PrintWriter out, PrintWriter err) {
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(t -> ExitCodes.INTERNAL);
        cl.setExecutionExceptionHandler(Main::handle);
        cl.setExecutionStrategy(Main::executeAndCheckStdout);
        cl.setParameterExceptionHandler((ex, args) -> {
            ParameterErrors.lines(ex, args).forEach(ex.getCommandLine().getErr()::println);
            return ExitCodes.INVALID;
        });
        return cl;
    }

    /**
     * Runs the command, then makes sure its stdout reached its destination: a PrintWriter never throws, so a
     * full disk or a closed pipe behind stdout is seen here, once, after the last flush.
     */
    private static int executeAndCheckStdout(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult last = parsed;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        Lang lang = last.commandSpec().userObject() instanceof BaseCommand b ? b.lang()
                : parsed.commandSpec().userObject() instanceof Main m && m.lang != null ? m.lang : Lang.ZH;
        if (lang == Lang.ZH) {
            // The usage help in Chinese: the annotations hold the English text, the bundle the Chinese.
            parsed.commandSpec().commandLine().setResourceBundle(ResourceBundle.getBundle("dabiao.usage", Locale.ROOT));
        }
        int status = new CommandLine.RunLast().execute(parsed);
        PrintWriter out = parsed.commandSpec().commandLine().getOut();
        if (!out.checkError()) {
            return status;
        }
        parsed.commandSpec().commandLine().getErr().println("dabiao: " + Messages.get(lang, "output.stdout"));
        return Math.max(status, ExitCodes.INTERNAL);
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        BaseCommand command = cl.getCommand() instanceof BaseCommand b ? b : null;
        Lang lang = command == null ? Lang.ZH : command.lang();
        if (e instanceof InputException input) {
            input.problems().forEach(p -> err.println(p.render(lang, command != null && command.verbose())));
            long errors = input.problems().stream().filter(p -> p.isError()).count();
            err.println(Messages.get(lang, "input.errors", errors));
            return ExitCodes.INVALID;
        }
        if (e instanceof UnwritableOutputException unwritable) {
            err.println("dabiao: " + Messages.get(lang, "output.unwritable", Locations.display(unwritable.file()),
                    Messages.get(lang, "output.reason." + unwritable.reason())));
            return ExitCodes.INVALID;
        }
        if (e instanceof java.io.IOException io) {
            // A file that cannot be read or written (an --output in a missing or read-only folder) is a
            // problem of the options, not of dabiao.
            err.println("dabiao: " + Messages.get(lang, "file.io") + (command != null && command.verbose() ? " [" + io + "]" : ""));
            return ExitCodes.INVALID;
        }
        if (e instanceof ExitException exit) {
            err.println("dabiao: " + exit.getMessage());
            return exit.status();
        }
        err.println("dabiao: " + Messages.get(lang, "internal.error", e));
        if (command != null && (command.stacktrace() || command.verbose())) {
            e.printStackTrace(err);
        }
        return ExitCodes.INTERNAL;
    }
}
