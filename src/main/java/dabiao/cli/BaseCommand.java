package dabiao.cli;

import dabiao.cache.CacheFolder;
import dabiao.validation.Loader;
import dabiao.diagnostics.Locations;
import dabiao.engine.Coverage;
import dabiao.engine.RuleBase;
import dabiao.data.Divisions;
import dabiao.diagnostics.InputException;
import dabiao.input.Inputs;
import dabiao.diagnostics.Problem;
import dabiao.model.Catalog;
import dabiao.model.Lang;
import dabiao.model.Period;
import dabiao.table.LongTableFiles;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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

    @Option(names = "--divisions", paramLabel = "FILE",
            description = "Divisions (region_code,region,code,name CSV) for regions beyond the bundled Shanghai and Yangzhou.")
    Path divisionsFile;

    /** The options of the root command, given before or after the subcommand (--lang, --quiet, --stacktrace). */
    private Main root() {
        return (Main) spec.root().userObject();
    }

    Lang lang() {
        Lang lang = root().lang;
        return lang == null ? Lang.ZH : lang;
    }

    boolean quiet() {
        return root().quiet;
    }

    boolean stacktrace() {
        return root().stacktrace;
    }

    boolean verbose() {
        return root().verbose;
    }

    /** The rule cache's folder, or null with --no-cache. */
    Path cacheFolder() {
        return root().noCache ? null : CacheFolder.resolve(root().cache);
    }

    List<Path> indicatorFolders() {
        return indicators == null || indicators.isEmpty() ? List.of(Path.of("indicators")) : indicators;
    }

    /**
     * The folders whose snapshots are read beside {@code tables}: the --indicators given, else the default
     * folder unless tables are given. With tables alone the default folder lends only its catalog.
     */
    List<Path> snapshotFolders(List<Path> tables) {
        return (indicators == null || indicators.isEmpty()) && !tables.isEmpty() ? List.of() : indicatorFolders();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The divisions snapshots may name: the --divisions file, or the bundled list. */
    Divisions divisions() {
        return divisionsFile == null ? Divisions.bundled() : Divisions.read(divisionsFile);
    }

    /** What an evaluation needs: every snapshot read and the rules compiled. */
    record Workspace(Loader.Loaded inputs, RuleBase rules) {
        Catalog catalog() {
            return inputs.catalog();
        }
    }

    /**
     * Reads the catalog and the snapshots while the rules compile on another thread: the two are the
     * slow parts of a start, and the rules need the catalog only afterwards, to check their targets.
     * Problems of both are reported together; warnings go to stderr.
     */
    Workspace loadWorkspace() {
        return loadWorkspace(new Timings(err(), false));
    }

    /** As {@link #loadWorkspace()}, timing the two halves (rules on their thread, snapshots on this one). */
    Workspace loadWorkspace(Timings timings) {
        return loadWorkspace(timings, List.of());
    }

    /** As {@link #loadWorkspace(Timings)}, with the figures of long-format {@code tables} beside the snapshots. */
    Workspace loadWorkspace(Timings timings, List<Path> tables) {
        CompletableFuture<RuleBase.Compiled> compiling = new CompletableFuture<>();
        Thread compiler = new Thread(() -> {
            try {
                long start = System.nanoTime();
                RuleBase.Compiled compiled = RuleBase.compile(rules, cacheFolder());
                timings.record("rules", start);
                timings.count("rules-cached", compiled.origin() == RuleBase.Origin.CACHE_HIT ? 1 : 0);
                compiling.complete(compiled);
            } catch (RuntimeException | Error e) {
                compiling.completeExceptionally(e);
            }
        }, "dabiao-rules");
        compiler.setDaemon(true);
        compiler.start();
        List<Problem> problems = new ArrayList<>();
        Loader.Loaded inputs = null;
        try {
            long start = System.nanoTime();
            inputs = Loader.load(loadCatalog(), snapshotFolders(tables), tables, divisions());
            timings.record("snapshots", start);
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        RuleBase ruleBase = null;
        try {
            RuleBase.Compiled compiled = compiling.join();
            if (inputs != null) {
                ruleBase = compiled.withTargets(inputs.catalog());
            }
        } catch (CompletionException e) {
            if (!(e.getCause() instanceof InputException bad)) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            problems.addAll(bad.problems());
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        warn(inputs.warnings());
        return new Workspace(inputs, ruleBase);
    }

    /**
     * Warns of what an evaluation as of {@code asOf} cannot see: a region with snapshots that no target
     * applies to, a region that targets apply to without snapshots, and a region whose latest snapshot is
     * older than {@code asOf} (its verdicts rest on old figures, or say stale).
     */
    void warnCoverage(Workspace in, Period asOf, List<dabiao.model.Verdict> verdicts) {
        warn(Coverage.gaps(in.rules(), divisions(), in.inputs().data(), verdicts, asOf,
                Locations.display(indicatorFolders().get(0)), Locations.display(rules)));
    }

    /** The latest period any snapshot describes: the default of --as-of. */
    Period latestPeriod(Workspace workspace) {
        if (workspace.inputs().data().periods().isEmpty()) {
            throw new ExitException(ExitCodes.INVALID, "no snapshots in " + indicatorFolders());
        }
        return workspace.inputs().data().periods().last();
    }

    /** The catalog of the indicator folders, without reading any snapshot. */
    Catalog loadCatalog() {
        Path file = Inputs.catalogIn(indicatorFolders());
        return dabiao.input.CatalogReader.read(file, Locations.display(file));
    }

    /** The file an {@code --output} names, or null for stdout (no option, or {@code -}). */
    static Path fileOrStdout(Path output) {
        return output == null || output.toString().equals("-") ? null : output;
    }

    /** Writes {@code text} to {@code output} (whole or not at all), or to stdout when it is null or {@code -}. */
    void writeText(Path output, String text) throws java.io.IOException {
        write(output, w -> w.write(text));
    }

    /** Writes to {@code output} (whole or not at all), or to stdout when it is null or {@code -}. */
    void write(Path output, dabiao.output.AtomicFile.Content content) throws java.io.IOException {
        Path file = fileOrStdout(output);
        if (file == null) {
            content.writeTo(out());
            out().flush();
        } else {
            dabiao.output.AtomicFile.write(file, content);
        }
    }

    /**
     * Exit 2 when {@code output} would replace a file this command reads: one of {@code inputs}, the catalog,
     * the --divisions file or a file under --rules; and, unless {@code force}, when it exists already.
     */
    void checkOutput(Path output, List<Path> inputs, boolean force) {
        Path file = fileOrStdout(output);
        if (file == null) {
            return;
        }
        List<Path> all = new ArrayList<>(inputs);
        try {
            all.add(Inputs.catalogIn(indicatorFolders()));
        } catch (InputException noCatalog) {
            // Nothing to protect: the command has already said so, or does not need one.
        }
        if (divisionsFile != null) {
            all.add(divisionsFile);
        }
        OutputCheck.check(file, all, List.of(rules), force, lang());
    }

    /**
     * Checks the --output files of a command that evaluates the snapshots, before any work is done: none
     * may replace a snapshot or another input. The folders are walked only when some output names a file.
     */
    void checkReportOutputs(List<Path> outputs) {
        checkReportOutputs(outputs, List.of());
    }

    /** As {@link #checkReportOutputs(List)}, with long-format {@code tables} read beside the snapshots. */
    void checkReportOutputs(List<Path> outputs, List<Path> tables) {
        List<Path> files = outputs.stream().filter(o -> fileOrStdout(o) != null).toList();
        if (files.isEmpty()) {
            return;
        }
        List<Path> inputs = new ArrayList<>(Inputs.snapshotFiles(snapshotFolders(tables)).files());
        inputs.addAll(LongTableFiles.expand(tables));
        files.forEach(f -> checkOutput(f, inputs, true));
    }

    RuleBase loadRules(Catalog catalog) {
        return RuleBase.compile(rules, cacheFolder()).withTargets(catalog);
    }

    void warn(List<Problem> problems) {
        if (!quiet()) {
            problems.forEach(p -> err().println(p.render(lang(), verbose())));
        }
    }
}
