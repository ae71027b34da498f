package dabiao.validation;

import dabiao.diagnostics.Locations;
import dabiao.diagnostics.Problem;
import dabiao.diagnostics.Severity;
import dabiao.input.ParsedFile;
import dabiao.input.SnapshotDocument;

import dabiao.model.Period;
import dabiao.model.Snapshot;
import dabiao.model.SourceRef;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks of a set of snapshot files: each file on its own ({@link SnapshotValidator}), then each
 * against the same region's other reports: the nearest earlier one, whatever its kind (a {@code 2024}
 * file before {@code 2025-Q1}, {@code 2023-Q2} before {@code 2024-Q1} when the quarters between are
 * missing), a year's file against its fourth quarter's, and a running total against the yearly counts
 * it sums. Those reports are looked for among the files and, when they are not among them, beside the
 * file ({@link History}), so that checking this quarter's file alone still compares it with the last.
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
        return of(files, List.of(), validator);
    }

    /**
     * Checks every snapshot file and every document already parsed from other files (long-format tables),
     * each on its own and all against each other, as if the documents were files. A document has no folder
     * to look beside for earlier reports: it is compared with the others checked.
     */
    public static Validation of(List<Path> files, List<ParsedFile> parsed, SnapshotValidator validator) {
        List<Problem> problems = new ArrayList<>();
        List<SnapshotValidator.Result> read = new ArrayList<>();
        Map<Snapshot, Path> paths = new IdentityHashMap<>();
        // Files are independent until compared with each other: read them on every core.
        List<SnapshotValidator.Result> results = files.parallelStream()
                .map(file -> validator.validate(file, Locations.display(file))).toList();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            SnapshotValidator.Result r = results.get(i);
            problems.addAll(r.problems());
            if (r.snapshot() != null) {
                read.add(r);
                paths.put(r.snapshot(), file);
            }
        }
        for (ParsedFile p : parsed) {
            problems.addAll(p.problems());
            for (SnapshotDocument doc : p.documents()) {
                SnapshotValidator.Result r = validator.validate(doc, p.file());
                problems.addAll(r.problems());
                if (r.snapshot() != null) {
                    read.add(r);
                }
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
        History history = new History(snapshots, files, validator);
        Set<Snapshot> checked = Collections.newSetFromMap(new IdentityHashMap<>());
        read.forEach(r -> checked.add(r.snapshot()));
        for (SnapshotValidator.Result r : read) {
            Snapshot now = r.snapshot();
            Path file = paths.get(now);
            String region = now.region().code();
            history.before(region, now.period(), file)
                    .ifPresent(before -> problems.addAll(validator.sincePrevious(r, before)));
            // Reported once, from the year's file when it is being checked, else from the quarter's.
            history.sameMoment(region, now.period(), file)
                    .filter(other -> now.period().isYear() || !checked.contains(other))
                    .ifPresent(other -> problems.addAll(SameMoment.disagreements(now, other, validator.catalog())));
            problems.addAll(RunningTotalCheck.check(now, validator.catalog(), history, file));
        }
        Map<String, Integer> order = new HashMap<>();
        files.forEach(f -> order.putIfAbsent(Locations.display(f), order.size()));
        parsed.forEach(p -> order.putIfAbsent(p.file(), order.size()));
        problems.sort(Comparator.comparing((Problem p) -> order.getOrDefault(p.where().file(), order.size()))
                .thenComparingInt(p -> p.where().line())
                .thenComparingInt(p -> p.where().column()));
        return new Validation(problems, snapshots, files.size() + parsed.size());
    }

    /**
     * The checks of one snapshot not yet written (an import) against the region's other reports, as
     * {@link #of} makes them for a file: what changed since the nearest earlier report, a year against its
     * fourth quarter, and running totals against their yearly counts. A report of the same region and
     * period among {@code others} is the file the new one replaces, and is left out.
     */
    public static List<Problem> againstOthers(SnapshotValidator.Result checked, List<Snapshot> others,
                                              SnapshotValidator validator) {
        Snapshot now = checked.snapshot();
        String region = now.region().code();
        List<Snapshot> all = new ArrayList<>(others.stream()
                .filter(s -> !(s.region().code().equals(region) && s.period().equals(now.period()))).toList());
        all.add(now);
        History history = new History(all, List.of(), null);
        List<Problem> problems = new ArrayList<>();
        history.before(region, now.period(), null).ifPresent(before -> problems.addAll(validator.sincePrevious(checked, before)));
        history.sameMoment(region, now.period(), null)
                .ifPresent(other -> problems.addAll(SameMoment.disagreements(now, other, validator.catalog())));
        problems.addAll(RunningTotalCheck.check(now, validator.catalog(), history, null));
        return problems;
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

    /** The region's latest valid snapshot that ends before {@code period} ends, if any. */
    public Optional<Snapshot> previous(String region, Period period) {
        return new History(snapshots, List.of(), null).before(region, period, null);
    }
}
