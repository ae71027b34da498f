package dabiao.spark;

import dabiao.cache.CacheFolder;
import dabiao.cli.ExitCodes;
import dabiao.cli.LangConverter;
import dabiao.cli.ParameterErrors;
import dabiao.cli.PeriodConverter;
import dabiao.diagnostics.InputException;
import dabiao.diagnostics.Messages;
import dabiao.input.Inputs;
import dabiao.model.Lang;
import dabiao.model.Period;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;

/**
 * {@code dabiao-spark}: {@code dabiao evaluate --table} as a Spark job, for tables one machine cannot hold.
 * Submitted with {@code spark-submit --class dabiao.spark.SparkMain dabiao-spark.jar OPTIONS}; the options
 * are the CLI's.
 */
@Command(name = "dabiao-spark", mixinStandardHelpOptions = true, version = "dabiao-spark 0.1.0",
        description = "Evaluate long-format tables against the targets on Apache Spark; write the verdicts (Parquet, JSON Lines) and their counts into a new folder.")
public final class SparkMain implements Callable<Integer> {

    @Option(names = "--table", required = true, paramLabel = "PATH",
            description = "A long-format table: a .csv or .parquet file, or a folder of them, on any file system Spark reads; repeatable.")
    List<String> tables;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "The folder to write (it must not exist): verdicts.parquet, verdicts.jsonl, summary.json.")
    String output;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules", description = "Folder of target rules (*.drl). Default: ${DEFAULT-VALUE}.")
    Path rules;

    @Option(names = "--indicators", paramLabel = "DIR", description = "Folder whose catalog.yaml is the catalog (its snapshots are not read); repeatable. Default: indicators.")
    List<Path> indicators;

    @Option(names = "--divisions", paramLabel = "FILE", description = "Divisions (region_code,region,code,name CSV) beyond the bundled list.")
    Path divisions;

    @Option(names = "--as-of", paramLabel = "PERIOD", converter = PeriodConverter.class,
            description = "Evaluate as if later figures did not exist (2025-Q2 or 2025). Default: the latest period with a figure.")
    Period asOf;

    @Option(names = "--lang", paramLabel = "zh|en", converter = LangConverter.class, description = "Language of messages. Default: zh.")
    Lang lang = Lang.ZH;

    @Option(names = "--cache", paramLabel = "DIR", description = "The rule cache's folder. Default: $DABIAO_CACHE, else $XDG_CACHE_HOME/dabiao, else ~/.cache/dabiao.")
    Path cache;

    @Option(names = "--no-cache", description = "Build the rules' executable model without reading or writing the rule cache.")
    boolean noCache;

    @Option(names = "--quiet", description = "No warnings and no closing line on stderr.")
    boolean quiet;

    @Option(names = "--stacktrace", description = "Show where an internal error happened.")
    boolean stacktrace;

    private PrintWriter err;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /** Runs the command line, every failure mapped to its exit code here, once. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        SparkMain main = new SparkMain();
        main.err = err;
        CommandLine cl = new CommandLine(main).setOut(out).setErr(err);
        cl.setParameterExceptionHandler((ex, given) -> {
            ParameterErrors.lines(ex, given).forEach(err::println);
            return ExitCodes.INVALID;
        });
        if (ParameterErrors.lang(args) == Lang.ZH) {
            // The usage help in Chinese: the annotations hold the English text, the bundle the Chinese.
            cl.setResourceBundle(ResourceBundle.getBundle("dabiao.spark.usage", Locale.ROOT));
        }
        cl.setExecutionExceptionHandler((e, line, parsed) -> failed(e, main, err));
        return cl.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        List<Path> folders = indicators == null || indicators.isEmpty() ? List.of(Path.of("indicators")) : indicators;
        SparkJob.Request request = new SparkJob.Request(tables, rules, Inputs.catalogIn(folders), divisions, asOf,
                output, lang, noCache ? null : CacheFolder.resolve(cache), quiet);
        return SparkJob.run(request, err);
    }

    private static int failed(Exception e, SparkMain main, PrintWriter err) {
        if (e instanceof InputException input) {
            input.problems().forEach(p -> err.println(p.render(main.lang)));
            err.println(Messages.get(main.lang, "input.errors", input.problems().stream().filter(p -> p.isError()).count()));
            return ExitCodes.INVALID;
        }
        if (e instanceof java.io.IOException io) {
            // A table, the output folder or Spark's own services that cannot be reached: a problem of the setup.
            err.println("dabiao-spark: " + Messages.get(main.lang, "spark.io", io.getMessage()));
            return ExitCodes.INVALID;
        }
        err.println("dabiao-spark: " + Messages.get(main.lang, "internal.error", e));
        if (main.stacktrace) {
            e.printStackTrace(err);
        }
        return ExitCodes.INTERNAL;
    }
}
