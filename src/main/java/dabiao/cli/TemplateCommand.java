package dabiao.cli;

import dabiao.engine.Coverage;
import dabiao.data.Divisions;
import dabiao.authoring.SnapshotText;
import dabiao.authoring.Template;
import dabiao.validation.Validation;
import dabiao.model.Catalog;
import dabiao.model.Scope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code dabiao template}: the snapshot a region's statistician fills in for a period. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Write a snapshot skeleton for a region and period: every district, every figure some target "
                + "needs left blank, names and units and the previous report's figure in comments.")
final class TemplateCommand extends BaseCommand {

    @Mixin
    SnapshotOptions snapshot;

    @Override
    public Integer call() throws IOException {
        Divisions divisions = divisions();
        Scope region = snapshot.region(divisions, lang());
        Catalog catalog = loadCatalog();
        List<Scope> scopes = new ArrayList<>(List.of(region));
        scopes.addAll(divisions.districtsOf(region.code()));
        Map<Scope, List<String>> needed = new HashMap<>();
        Coverage.of(loadRules(catalog), scopes).forEach((target, applied) -> applied.forEach(s ->
                needed.computeIfAbsent(s, k -> new ArrayList<>()).add(target.indicator())));
        Validation snapshots = snapshot.read(indicatorFolders(), catalog, divisions);
        checkOutput(snapshot.file(), snapshot.inputs(snapshots), snapshot.force);
        String text = new Template(catalog, divisions).render(region, snapshot.period, needed, snapshot.previous(snapshots),
                SnapshotText.schemaPath(indicatorFolders().get(0), snapshot.file()), lang());
        writeText(snapshot.file(), text);
        return ExitCodes.OK;
    }
}
