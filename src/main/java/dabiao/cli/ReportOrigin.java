package dabiao.cli;

import dabiao.engine.Evaluator;
import dabiao.input.Digests;
import dabiao.model.Origin;
import dabiao.model.Period;
import dabiao.model.Report;
import dabiao.model.ReportDiff;
import dabiao.model.Snapshot;
import dabiao.table.LongTableFiles;
import dabiao.validation.Loader;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where an evaluation's report comes from ({@link Origin}), gathered from what the command read. */
final class ReportOrigin {

    private ReportOrigin() {
    }

    /**
     * The origin of {@code report}: the digests of the rules and of the snapshots up to its period, their
     * source lines, and, when the data reaches back that far, what moved since the previous period.
     */
    static Origin of(String version, Path rules, Loader.Loaded inputs, Evaluator evaluator, Report report) {
        Period asOf = report.asOf();
        List<Snapshot> used = inputs.snapshots().stream().filter(s -> asOf.endsNoEarlierThan(s.period())).toList();
        // A long-format table holds many snapshots: each file is digested and counted once, a folder's part files each.
        List<Path> files = LongTableFiles.expandFolders(used.stream().map(s -> Path.of(s.file())).distinct().toList());
        Period previous = asOf.previous();
        boolean hasPrevious = !inputs.data().periods().isEmpty()
                && previous.endsNoEarlierThan(inputs.data().periods().first());
        ReportDiff since = hasPrevious ? ReportDiff.between(evaluator.report(inputs.data(), previous), report) : null;
        return new Origin(version, OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS), Digests.rules(rules),
                Digests.snapshots(files), files.size(), sources(used), since);
    }

    /** Each region's distinct source lines, with the periods that carry them; regions in the order read. */
    private static List<Origin.Source> sources(List<Snapshot> snapshots) {
        Map<String, List<Snapshot>> byRegion = new LinkedHashMap<>();
        snapshots.forEach(s -> byRegion.computeIfAbsent(s.region().code(), r -> new ArrayList<>()).add(s));
        List<Origin.Source> sources = new ArrayList<>();
        for (List<Snapshot> region : byRegion.values()) {
            Map<String, Origin.Source> byText = new LinkedHashMap<>();
            region.stream().filter(s -> s.source() != null && !s.source().isBlank())
                    .sorted(Comparator.comparing(Snapshot::period))
                    .forEach(s -> byText.merge(s.source().strip(),
                            new Origin.Source(s.region(), s.period(), s.period(), s.source().strip()),
                            (was, now) -> new Origin.Source(was.region(), was.first(), now.last(), was.text())));
            sources.addAll(byText.values());
        }
        return sources;
    }
}
