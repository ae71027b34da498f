package dabiao.cli;

import dabiao.diagnostics.Locations;
import dabiao.data.Divisions;
import dabiao.diagnostics.InputException;
import dabiao.diagnostics.Messages;
import dabiao.diagnostics.Problem;
import dabiao.authoring.SnapshotText;
import dabiao.authoring.Table;
import dabiao.authoring.TableImport;
import dabiao.validation.Validation;
import dabiao.model.Catalog;
import dabiao.model.Scope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code dabiao import}: a district table (spreadsheet or CSV) as a snapshot, through the same validation. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Turn a table (one row per district, one column per indicator, by code or Chinese name) into a "
                + "snapshot. Problems name the table's cells; nothing is written unless the snapshot is valid.")
final class ImportCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "FILE.xlsx|FILE.csv", descriptionKey = "import.table", description = "The table: .xlsx, .xls, or .csv (UTF-8 or GB18030).")
    Path table;

    @Mixin
    SnapshotOptions snapshot;

    @Override
    public Integer call() throws IOException {
        Divisions divisions = divisions();
        Scope region = snapshot.region(divisions, lang());
        Catalog catalog = loadCatalog();
        Validation snapshots = snapshot.read(indicatorFolders(), catalog, divisions);
        List<Path> inputs = new java.util.ArrayList<>(snapshot.inputs(snapshots));
        inputs.add(table);
        checkOutput(snapshot.file(), inputs, snapshot.force);
        TableImport.Result result;
        try {
            result = new TableImport(catalog, divisions).convert(Table.read(table, Locations.display(table)), region,
                    snapshot.period, snapshot.previous(snapshots), snapshots.snapshots(),
                    SnapshotText.schemaPath(indicatorFolders().get(0), snapshot.file()), lang());
        } catch (InputException unreadable) {
            // A table that cannot be read is reported like a bad cell: this command's problems, not a crash.
            result = new TableImport.Result("", unreadable.problems());
        }
        List<Problem> problems = result.problems();
        problems.stream().filter(p -> !quiet() || p.isError()).forEach(p -> err().println(p.render(lang(), verbose())));
        int status = ExitCodes.of(problems, false);
        if (status == ExitCodes.OK) {
            writeText(snapshot.file(), result.text());
        } else {
            err().println(Messages.get(lang(), "import.errors", problems.stream().filter(Problem::isError).count()));
        }
        return status;
    }
}
