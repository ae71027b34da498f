package dabiao.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the real command line in a working directory, capturing exit code, stdout and stderr. */
final class Cli {

    record Run(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    /** A subcommand that fails as only a bug would, to see how internal errors are reported. */
    @picocli.CommandLine.Command(name = "boom")
    static final class Boom extends BaseCommand {
        @Override
        public Integer call() {
            throw new IllegalStateException("broken invariant");
        }
    }

    /** Runs {@code dabiao args…} with relative paths resolved against {@code dir}. */
    static Run run(Path dir, String... args) {
        StringWriter out = new StringWriter();
        Run r = runWithStdout(dir, new PrintWriter(out, true), args);
        return new Run(r.exitCode(), out.toString(), r.err());
    }

    /** As {@link #run}, with stdout going to {@code stdout} (its text is not captured). */
    static Run runWithStdout(Path dir, PrintWriter stdout, String... args) {
        String[] absolute = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            boolean pathOption = i > 0 && (args[i - 1].equals("--rules") || args[i - 1].equals("--indicators") || args[i - 1].equals("--table")
                    || args[i - 1].equals("--output") || args[i - 1].equals("-o"));
            absolute[i] = pathOption && !args[i].equals("-") ? dir.resolve(args[i]).toString() : args[i];
        }
        StringWriter err = new StringWriter();
        var commandLine = new picocli.CommandLine(new Main()).addSubcommand("boom", new Boom());
        int code = Main.configure(commandLine, stdout, new PrintWriter(err, true)).execute(absolute);
        return new Run(code, "", err.toString());
    }

    /** {@code evaluate} on the workspace's rules and indicators, with further options. */
    static Run evaluate(Path dir, String... options) {
        return inWorkspace(dir, "evaluate", options);
    }

    /** A subcommand on the workspace's rules and indicators, with further arguments. */
    static Run inWorkspace(Path dir, String command, String... more) {
        String[] args = new String[more.length + 5];
        args[0] = command;
        args[1] = "--rules";
        args[2] = "rules";
        args[3] = "--indicators";
        args[4] = "indicators";
        System.arraycopy(more, 0, args, 5, more.length);
        return run(dir, args);
    }
}
