package dabiao.cli;

import dabiao.engine.Coverage;
import dabiao.engine.RuleBase;
import dabiao.data.Divisions;
import dabiao.diagnostics.Messages;
import dabiao.diagnostics.Suggestions;
import dabiao.model.Catalog;
import dabiao.model.Indicator;
import dabiao.model.Scope;
import dabiao.model.Target;
import dabiao.output.TargetList;
import dabiao.output.TargetsFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code dabiao targets}: every target with its provenance and the scopes it applies to. */
@Command(name = "targets", mixinStandardHelpOptions = true,
        description = "List every target: id, document, clause, wording, indicator, requirement, deadline and scope.")
final class TargetsCommand extends BaseCommand {

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table", converter = FormatConverter.Targets.class,
            description = "table or json. Default: ${DEFAULT-VALUE}.")
    TargetsFormat format;

    @Option(names = "--document", paramLabel = "TEXT", description = "Only targets whose document contains TEXT, e.g. 23号.")
    String document;

    @Option(names = "--indicator", paramLabel = "CODE", description = "Only targets stated in this indicator.")
    String indicator;

    @Override
    public Integer call() throws IOException {
        Catalog catalog = loadCatalog();
        if (indicator != null && !catalog.contains(indicator)) {
            // An unknown code would list no target, as if none were stated in it.
            List<String> close = Suggestions.closest(indicator, catalog.indicators().stream().map(Indicator::code).toList());
            throw new ExitException(ExitCodes.INVALID, close.isEmpty()
                    ? Messages.get(lang(), "figure.unknown-indicator", indicator)
                    : Messages.get(lang(), "figure.unknown-indicator-suggest", indicator, String.join(", ", close)));
        }
        RuleBase ruleBase = loadRules(catalog);
        Divisions divisions = divisions();
        Map<Target, List<Scope>> selected = new LinkedHashMap<>();
        Coverage.of(ruleBase, divisions.all()).forEach((t, scopes) -> {
            if ((document == null || t.provenance().document().contains(document))
                    && (indicator == null || t.indicator().equals(indicator))) {
                selected.put(t, scopes);
            }
        });
        TargetList list = new TargetList(catalog, lang());
        Map<String, String> regionNames = divisions.all().stream().filter(Scope::wholeRegion)
                .collect(Collectors.toMap(Scope::code, Scope::name));
        format.write(list, selected, regionNames, out());
        out().flush();
        return ExitCodes.OK;
    }
}
