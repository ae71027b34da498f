package dabiao.validation;

import dabiao.diagnostics.Locations;
import dabiao.data.DataSet;

import dabiao.model.Period;
import dabiao.model.Snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A region's reports through time, for comparing a file with the others: the valid snapshots being
 * checked and, for a file checked without its neighbours, the period files beside it ({@code 2024.yaml}
 * or {@code 2025-Q1.yaml} next to {@code 2025-Q2.yaml}), each read only when first needed. Where a
 * year and its fourth quarter both report, the quarter is preferred, as {@link DataSet} does.
 */
final class History {

    /** Later moments last; at one moment, a quarter after its year, so that the maximum is the quarter. */
    static final Comparator<Period> PREFERRING_QUARTERS = Comparator.comparingInt(Period::endMonth)
            .thenComparing(Period::isYear, Comparator.reverseOrder());

    private static final Pattern PERIOD_FILE = Pattern.compile("(\\d{4}(?:-Q[1-4])?)\\.ya?ml");

    private final Map<String, List<Snapshot>> checked = new HashMap<>();
    private final Set<Path> files = new HashSet<>();
    private final SnapshotValidator validator;
    private final Map<Path, List<Beside>> folders = new HashMap<>();
    private final Map<Path, Optional<Snapshot>> read = new HashMap<>();

    private record Beside(Period period, Path path) {
    }

    /**
     * @param checked   the valid snapshots among {@code files}
     * @param files     every file being checked, which are never read again from beside another
     * @param validator reads the files beside; null when no file is given to look beside
     */
    History(List<Snapshot> checked, Collection<Path> files, SnapshotValidator validator) {
        checked.forEach(s -> this.checked.computeIfAbsent(s.region().code(), k -> new ArrayList<>()).add(s));
        files.forEach(f -> this.files.add(normal(f)));
        this.validator = validator;
    }

    /** The region's latest valid report that ends before {@code period} ends; {@code file} null looks at no folder. */
    Optional<Snapshot> before(String region, Period period, Path file) {
        return latest(region, file, p -> p.endMonth() < period.endMonth());
    }

    /** The region's valid report that ends at the end of {@code year}: its fourth quarter, or else the year. */
    Optional<Snapshot> endOf(String region, int year, Path file) {
        return latest(region, file, p -> p.sameMoment(Period.year(year)));
    }

    /** The region's valid report of the other kind that ends when {@code period} ends: the year of a Q4, the Q4 of a year. */
    Optional<Snapshot> sameMoment(String region, Period period, Path file) {
        if (!period.isYear() && period.quarter() != 4) {
            return Optional.empty();
        }
        return latest(region, file, p -> p.sameMoment(period) && p.isYear() != period.isYear());
    }

    private Optional<Snapshot> latest(String region, Path file, Predicate<Period> wanted) {
        Optional<Snapshot> best = checked.getOrDefault(region, List.of()).stream()
                .filter(s -> wanted.test(s.period()))
                .max(Comparator.comparing(Snapshot::period, PREFERRING_QUARTERS));
        if (file == null) {
            return best;
        }
        List<Beside> nearer = beside(file).stream()
                .filter(b -> wanted.test(b.period()))
                .filter(b -> best.isEmpty() || PREFERRING_QUARTERS.compare(b.period(), best.get().period()) > 0)
                .sorted(Comparator.comparing(Beside::period, PREFERRING_QUARTERS).reversed())
                .toList();
        for (Beside b : nearer) {
            Optional<Snapshot> s = read(b.path());
            if (s.isPresent() && s.get().region().code().equals(region)) {
                return s;
            }
        }
        return best;
    }

    /** The period files in the folder of {@code file} that are not being checked themselves. */
    private List<Beside> beside(Path file) {
        Path folder = normal(file).getParent();
        return folder == null ? List.of() : folders.computeIfAbsent(folder, this::periodFiles);
    }

    private List<Beside> periodFiles(Path folder) {
        List<Beside> found = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.filter(Files::isRegularFile).toList()) {
                Matcher m = PERIOD_FILE.matcher(p.getFileName().toString());
                if (m.matches() && !files.contains(normal(p))) {
                    period(m.group(1)).ifPresent(period -> found.add(new Beside(period, p)));
                }
            }
        } catch (IOException e) {
            // An unreadable folder leaves nothing to compare with; the files being checked say the rest.
        }
        return found;
    }

    private static Optional<Period> period(String name) {
        try {
            return Optional.of(Period.parse(name));
        } catch (IllegalArgumentException yearOutOfRange) {
            return Optional.empty();
        }
    }

    private Optional<Snapshot> read(Path path) {
        return read.computeIfAbsent(path, p -> {
            SnapshotValidator.Result r = validator.validate(p, Locations.display(p));
            return r.valid() ? Optional.of(r.snapshot()) : Optional.empty();
        });
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
