package dabiao.cli;

import dabiao.input.Inputs;
import dabiao.diagnostics.Messages;
import dabiao.diagnostics.Severity;
import dabiao.input.SnapshotValidator;
import dabiao.input.Validation;
import dabiao.model.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code dabiao validate}: every problem of every snapshot, without evaluating. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check snapshots against the catalog and the reference divisions without evaluating: "
                + "every problem of every file as file:line:col: message, then a count.")
final class ValidateCommand extends BaseCommand {

    @Parameters(paramLabel = "FILE|DIR", arity = "0..*",
            description = "Snapshots, or folders of snapshots. Default: the --indicators folders.")
    List<Path> paths;

    @Option(names = "--strict", description = "Exit 2 on warnings too (figures that moved implausibly since the "
            + "previous report, a district gone missing). Notes never fail.")
    boolean strict;

    @Override
    public Integer call() {
        Catalog catalog = loadCatalog();
        Validation checked = Validation.of(files(), new SnapshotValidator(catalog, divisions()));
        checked.problems().stream().filter(p -> !quiet() || p.isError()).forEach(p -> out().println(p.render(lang(), verbose())));
        out().println(Messages.get(lang(), "validate.summary", checked.files(), checked.problems(Severity.ERROR).size(),
                checked.problems(Severity.WARNING).size(), checked.problems(Severity.NOTE).size()));
        out().flush();
        return ExitCodes.of(checked.problems(), strict);
    }

    private List<Path> files() {
        if (paths == null || paths.isEmpty()) {
            return Inputs.snapshotFiles(indicatorFolders());
        }
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                files.addAll(Inputs.snapshotFiles(List.of(p)));
            } else {
                files.add(p);
            }
        }
        return files;
    }
}
