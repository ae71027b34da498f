package dabiao.cli;

import dabiao.engine.RuleBase;
import dabiao.input.Divisions;
import dabiao.input.Inputs;
import dabiao.input.Problem;
import dabiao.model.Lang;
import dabiao.model.Period;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** What every subcommand shares: where rules and figures are, the language, and how chatty to be. */
public abstract class BaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", description = "Folder of target rules (*.drl). Default: ${DEFAULT-VALUE}.",
            defaultValue = "rules")
    Path rules;

    @Option(names = "--indicators", paramLabel = "DIR", description = "Folder of snapshots and catalog.yaml; repeatable. Default: indicators.")
    List<Path> indicators;

    @Option(names = "--lang", paramLabel = "zh|en", converter = LangConverter.class, defaultValue = "zh",
            description = "Language of messages and reports: zh or en. Default: ${DEFAULT-VALUE}.")
    Lang lang;

    @Option(names = {"-q", "--quiet"}, description = "Print no warnings on stderr.")
    boolean quiet;

    @Option(names = "--stacktrace", description = "Print the stack trace of an internal error.")
    boolean stacktrace;

    Lang lang() {
        return lang == null ? Lang.ZH : lang;
    }

    List<Path> indicatorFolders() {
        return indicators == null || indicators.isEmpty() ? List.of(Path.of("indicators")) : indicators;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Reads the catalog and every snapshot; warnings go to stderr. */
    Inputs.Loaded loadInputs() {
        Inputs.Loaded loaded = Inputs.load(indicatorFolders(), Divisions.bundled());
        warn(loaded.warnings());
        return loaded;
    }

    /** The latest period any snapshot describes: the default of --as-of. */
    Period latestPeriod(Inputs.Loaded loaded) {
        if (loaded.data().periods().isEmpty()) {
            throw new ExitException(ExitCodes.INVALID, "no snapshots in " + indicatorFolders());
        }
        return loaded.data().periods().last();
    }

    /** The catalog of the indicator folders, without reading any snapshot. */
    dabiao.model.Catalog loadCatalog() {
        Path file = Inputs.catalogIn(indicatorFolders());
        return dabiao.input.CatalogReader.read(file, Inputs.display(file));
    }

    /** Writes {@code text} to {@code output} (whole or not at all), or to stdout when it is null. */
    void writeText(Path output, String text) throws java.io.IOException {
        if (output == null) {
            out().print(text);
            out().flush();
        } else {
            dabiao.output.AtomicFile.write(output, w -> w.write(text));
        }
    }

    RuleBase loadRules(dabiao.model.Catalog catalog) {
        return RuleBase.load(rules, catalog);
    }

    void warn(List<Problem> problems) {
        if (!quiet) {
            problems.forEach(p -> err().println(p.render(lang())));
        }
    }
}
