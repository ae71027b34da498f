package dabiao.cli;

import dabiao.engine.Coverage;
import dabiao.input.Divisions;
import dabiao.input.Inputs;
import dabiao.input.Messages;
import dabiao.input.SnapshotText;
import dabiao.input.SnapshotValidator;
import dabiao.input.Template;
import dabiao.input.Validation;
import dabiao.model.Catalog;
import dabiao.model.Period;
import dabiao.model.Scope;
import dabiao.model.Snapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code dabiao template}: the snapshot a region's statistician fills in for a period. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Write a snapshot skeleton for a region and period: every district, every figure some target "
                + "needs left blank, names and units and last quarter's figure in comments.")
final class TemplateCommand extends BaseCommand {

    @Option(names = "--region", required = true, paramLabel = "CODE", description = "The region, e.g. 310000 (上海市) or 321000 (扬州市).")
    String region;

    @Option(names = "--period", required = true, paramLabel = "PERIOD", converter = PeriodConverter.class,
            description = "The period to be reported, e.g. 2026-Q4.")
    Period period;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Override
    public Integer call() throws IOException {
        Divisions divisions = Divisions.bundled();
        Scope scope = divisions.region(region).orElseThrow(() ->
                new ExitException(ExitCodes.INVALID, Messages.get(lang(), "snapshot.region-unknown", region)));
        Catalog catalog = loadCatalog();
        List<Scope> scopes = new ArrayList<>(List.of(scope));
        scopes.addAll(divisions.districtsOf(region));
        Map<Scope, List<String>> needed = new HashMap<>();
        Coverage.of(loadRules(catalog), scopes).forEach((target, applied) -> applied.forEach(s ->
                needed.computeIfAbsent(s, k -> new ArrayList<>()).add(target.indicator())));
        Snapshot previous = Validation.of(Inputs.snapshotFiles(indicatorFolders()), new SnapshotValidator(catalog, divisions))
                .previous(region, period).orElse(null);
        String schema = SnapshotText.schemaPath(indicatorFolders().get(0), output);
        writeText(output, new Template(catalog, divisions).render(scope, period, needed, previous, schema, lang()));
        return ExitCodes.OK;
    }
}
