package dabiao.cli;

import dabiao.diagnostics.Problem;
import dabiao.input.Inputs;
import dabiao.diagnostics.Messages;
import dabiao.diagnostics.Severity;
import dabiao.validation.SnapshotValidator;
import dabiao.validation.Validation;
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
        List<Problem> skipped = new ArrayList<>();
        Validation checked = Validation.of(files(skipped), new SnapshotValidator(catalog, divisions()));
        List<Problem> problems = new ArrayList<>(skipped);
        problems.addAll(checked.problems());
        problems.stream().filter(p -> !quiet() || p.isError()).forEach(p -> out().println(p.render(lang(), verbose())));
        out().println(Messages.get(lang(), "validate.summary", checked.files(), checked.problems(Severity.ERROR).size(),
                checked.problems(Severity.WARNING).size() + skipped.size(), checked.problems(Severity.NOTE).size()));
        out().flush();
        return ExitCodes.of(problems, strict);
    }

    /** The files to check; files in the folders that look like snapshots but are not read go to {@code skipped}. */
    private List<Path> files(List<Problem> skipped) {
        List<Path> folders = paths == null || paths.isEmpty() ? indicatorFolders() : List.of();
        List<Path> files = new ArrayList<>();
        for (Path p : paths == null || paths.isEmpty() ? folders : paths) {
            if (Files.isDirectory(p)) {
                Inputs.Found found = Inputs.snapshotFiles(List.of(p));
                files.addAll(found.files());
                skipped.addAll(found.skipped());
            } else {
                files.add(p);
            }
        }
        return files;
    }
}
