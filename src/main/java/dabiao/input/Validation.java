package dabiao.input;

import dabiao.model.Period;
import dabiao.model.Snapshot;
import dabiao.model.SourceRef;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks of a set of snapshot files: each file on its own ({@link SnapshotValidator}), then each
 * against the same region's snapshot one quarter earlier. That snapshot is looked for among the files
 * and, when it is not one of them, beside the file ({@code 2025-Q1.yaml} next to {@code 2025-Q2.yaml}),
 * so that checking this quarter's file alone still compares it with the last.
 */
public final class Validation {

    private final List<Problem> problems;
    private final List<Snapshot> snapshots;
    private final int files;

    private Validation(List<Problem> problems, List<Snapshot> snapshots, int files) {
        this.problems = List.copyOf(problems);
        this.snapshots = List.copyOf(snapshots);
        this.files = files;
    }

    /** Checks every file; the problems come grouped by file, in line order. */
    public static Validation of(List<Path> files, SnapshotValidator validator) {
        List<Problem> problems = new ArrayList<>();
        List<SnapshotValidator.Result> read = new ArrayList<>();
        Map<Snapshot, Path> paths = new IdentityHashMap<>();
        // Files are independent until compared with their previous quarter: read them on every core.
        List<SnapshotValidator.Result> results = files.parallelStream()
                .map(file -> validator.validate(file, Inputs.display(file))).toList();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            SnapshotValidator.Result r = results.get(i);
            problems.addAll(r.problems());
            if (r.snapshot() != null) {
                read.add(r);
                paths.put(r.snapshot(), file);
            }
        }
        List<Snapshot> snapshots = read.stream().filter(SnapshotValidator.Result::valid)
                .map(SnapshotValidator.Result::snapshot).toList();
        // Two files of one region and period would silently mix; a year and its fourth quarter may both exist.
        Map<String, Snapshot> byRegionAndPeriod = new HashMap<>();
        for (Snapshot s : snapshots) {
            Snapshot first = byRegionAndPeriod.putIfAbsent(s.region().code() + "@" + s.period(), s);
            if (first != null) {
                problems.add(Problem.error(SourceRef.of(s.file()), "snapshot.period-twice", s.region().name(),
                        s.period(), first.file()));
            }
        }
        for (SnapshotValidator.Result r : read) {
            Snapshot now = r.snapshot();
            previous(snapshots, now.region().code(), now.period())
                    .or(() -> besideFile(paths.get(now), now, validator))
                    .ifPresent(before -> problems.addAll(validator.sincePrevious(r, before)));
        }
        Map<String, Integer> order = new HashMap<>();
        files.forEach(f -> order.putIfAbsent(Inputs.display(f), order.size()));
        problems.sort(Comparator.comparing((Problem p) -> order.getOrDefault(p.where().file(), order.size()))
                .thenComparingInt(p -> p.where().line())
                .thenComparingInt(p -> p.where().column()));
        return new Validation(problems, snapshots, files.size());
    }

    /** Every problem: errors, warnings and notes. */
    public List<Problem> problems() {
        return problems;
    }

    public List<Problem> problems(Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).toList();
    }

    /** The snapshots without errors. */
    public List<Snapshot> snapshots() {
        return snapshots;
    }

    /** How many files were checked. */
    public int files() {
        return files;
    }

    /** The region's snapshot one quarter before {@code period} among the valid ones, if any. */
    public Optional<Snapshot> previous(String region, Period period) {
        return previous(snapshots, region, period);
    }

    /** A quarter's file is preferred to a year's where both end at the same moment. */
    private static Optional<Snapshot> previous(List<Snapshot> snapshots, String region, Period period) {
        return snapshots.stream()
                .filter(s -> s.region().code().equals(region) && s.period().endMonth() == period.endMonth() - 3)
                .min(Comparator.comparing(s -> s.period().isYear()));
    }

    private static Optional<Snapshot> besideFile(Path file, Snapshot now, SnapshotValidator validator) {
        if (now.period().year() <= 1900) {
            return Optional.empty();
        }
        Period quarter = quarterBefore(now.period());
        List<String> names = new ArrayList<>(List.of(quarter + ".yaml", quarter + ".yml"));
        if (quarter.quarter() == 4) {
            names.add(quarter.year() + ".yaml");
        }
        for (String name : names) {
            Path sibling = file.resolveSibling(name);
            if (Files.isRegularFile(sibling)) {
                SnapshotValidator.Result r = validator.validate(sibling, Inputs.display(sibling));
                if (r.valid() && r.snapshot().region().equals(now.region())) {
                    return Optional.of(r.snapshot());
                }
            }
        }
        return Optional.empty();
    }

    /** The quarter that ends three months before {@code period} ends. */
    static Period quarterBefore(Period period) {
        int month = period.endMonth() - 3 - 1;
        return new Period(month / 12, month % 12 / 3 + 1);
    }
}
