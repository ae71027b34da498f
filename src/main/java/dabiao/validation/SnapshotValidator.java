package dabiao.validation;

import dabiao.input.Figure;
import dabiao.input.Figures;
import dabiao.input.SnapshotDocument;
import dabiao.input.Text;
import dabiao.input.YamlFiles;

import dabiao.data.Divisions;
import dabiao.diagnostics.InputException;
import dabiao.diagnostics.Problem;
import dabiao.diagnostics.Suggestions;

import dabiao.model.Catalog;
import dabiao.model.Derivation;
import dabiao.model.Indicator;
import dabiao.model.IndicatorKind;
import dabiao.model.Numbers;
import dabiao.model.Observation;
import dabiao.model.Period;
import dabiao.model.Point;
import dabiao.model.Scope;
import dabiao.model.ScopeLevel;
import dabiao.model.Snapshot;
import dabiao.model.SourceRef;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every check of one snapshot file, in one place: the schema line, the region, the period, the
 * districts, and every figure. It reports all problems at once, each with file, line and column.
 */
public final class SnapshotValidator {

    private final Catalog catalog;
    private final Divisions divisions;

    public SnapshotValidator(Catalog catalog, Divisions divisions) {
        this.catalog = catalog;
        this.divisions = divisions;
    }

    /** The catalog the figures are checked against. */
    Catalog catalog() {
        return catalog;
    }

    /**
     * The outcome: every problem found, and the snapshot as far as it could be read. The snapshot is
     * usable only when {@link #valid()}; with errors it still serves to compare its good figures with
     * earlier reports', so that one run lists every problem.
     *
     * @param snapshot the region, period and good figures, or null when the region or period is unreadable
     * @param periodAt where the period is written, which problems about the file as a whole point at
     */
    public record Result(Snapshot snapshot, List<Problem> problems, SourceRef periodAt) {
        public boolean valid() {
            return problems.stream().noneMatch(Problem::isError);
        }
    }

    /** Reads and checks one file; a file that does not parse yields its one problem. */
    public Result validate(Path path, String display) {
        try {
            return check(YamlFiles.read(path, display, SnapshotDocument.class), display, path);
        } catch (InputException e) {
            return new Result(null, e.problems(), SourceRef.of(display));
        }
    }

    /** Checks YAML {@code text} as if it were the file {@code path}, shown as {@code display}. */
    public Result validate(String text, Path path, String display) {
        try {
            return check(YamlFiles.parse(text, display, SnapshotDocument.class), display, path);
        } catch (InputException e) {
            return new Result(null, e.problems(), SourceRef.of(display));
        }
    }

    /**
     * Checks a document read from elsewhere than its own YAML file (a row group of a long-format table),
     * shown as {@code display}. There is no file name for its period to match.
     */
    public Result validate(SnapshotDocument doc, String display) {
        return check(doc, display, null);
    }

    /** @param path the YAML file, whose name must match the period; null for a document without one */
    Result check(SnapshotDocument doc, String file, Path path) {
        List<Problem> problems = new ArrayList<>();
        if (doc.schema() == null) {
            problems.add(Problem.error(new SourceRef(file, 1, 1), "snapshot.schema-missing", SnapshotDocument.SCHEMA));
        } else if (!SnapshotDocument.SCHEMA.equals(doc.schema().value())) {
            problems.add(Problem.error(at(file, doc.schema()), "snapshot.schema-wrong", doc.schema(), SnapshotDocument.SCHEMA));
        }
        Period period = period(doc.period(), file, path, problems);
        Scope region = region(doc.region(), file, problems);
        List<Observation> observations = new ArrayList<>();
        List<Scope> districts = new ArrayList<>();
        List<Scope> units = new ArrayList<>();
        if (region != null) {
            figures(region, doc.values(), period, file, problems, observations);
            areas(doc.districts(), Kind.DISTRICT, region, period, file, problems, observations, districts);
            if (doc.units() != null && !doc.units().isEmpty() && divisions.unitsOf(region.code()).isEmpty()) {
                // Divisions without streets or communities (the county-level reference list, say): the
                // file's units cannot be checked or judged, which is said once, not once per unit.
                problems.add(Problem.warning(at(file, doc.units().get(0).code()), "snapshot.units-without-divisions",
                        doc.units().size(), region.name()));
            } else {
                areas(doc.units(), Kind.UNIT, region, period, file, problems, observations, units);
            }
        }
        Snapshot snapshot = region == null || period == null ? null
                : new Snapshot(file, region, districts, units, period, doc.source(), observations);
        return new Result(snapshot, problems, doc.period() == null ? new SourceRef(file, 1, 1) : at(file, doc.period()));
    }

    private Period period(Text text, String file, Path path, List<Problem> problems) {
        if (text == null) {
            problems.add(Problem.error(new SourceRef(file, 1, 1), "snapshot.period-missing"));
            return null;
        }
        Period period;
        try {
            period = Period.parse(text.value());
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error(at(file, text), "snapshot.period-format", text));
            return null;
        }
        String stem = path == null ? null : path.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        if (stem != null && stem.matches("\\d{4}(-Q[1-4])?") && !stem.equals(period.toString())) {
            problems.add(Problem.error(at(file, text), "snapshot.period-file", period, path.getFileName()));
        }
        return period;
    }

    private Scope region(SnapshotDocument.Region area, String file, List<Problem> problems) {
        if (area == null || area.code() == null) {
            problems.add(Problem.error(new SourceRef(file, 1, 1), "snapshot.region-missing"));
            return null;
        }
        Optional<Scope> known = divisions.region(area.code().value());
        if (known.isEmpty()) {
            problems.add(Problem.error(at(file, area.code()), "snapshot.region-unknown", area.code()));
            return null;
        }
        checkName(known.get(), area.code(), area.name(), file, problems);
        return known.get();
    }

    /** The two lists of areas below the region, with the keys of their problems' messages. */
    private enum Kind {
        DISTRICT("snapshot.district-code-missing", "snapshot.district-twice", "snapshot.district-unknown"),
        UNIT("snapshot.unit-code-missing", "snapshot.unit-twice", "snapshot.unit-unknown");

        final String codeMissing;
        final String twice;
        final String unknown;

        Kind(String codeMissing, String twice, String unknown) {
            this.codeMissing = codeMissing;
            this.twice = twice;
            this.unknown = unknown;
        }

        boolean holds(Scope s) {
            return this == DISTRICT ? s.district() : s.level().unit();
        }
    }

    private void areas(List<SnapshotDocument.Area> areas, Kind kind, Scope region, Period period, String file,
                       List<Problem> problems, List<Observation> observations, List<Scope> found) {
        Map<String, Text> seen = new HashMap<>();
        for (SnapshotDocument.Area area : areas == null ? List.<SnapshotDocument.Area>of() : areas) {
            if (area == null || area.code() == null) {
                problems.add(Problem.error(SourceRef.of(file), kind.codeMissing));
                continue;
            }
            String code = area.code().value();
            Text first = seen.putIfAbsent(code, area.code());
            if (first != null) {
                problems.add(Problem.error(at(file, area.code()), kind.twice, code, first.line()));
                continue;
            }
            Optional<Scope> known = divisions.find(code).filter(s -> kind.holds(s) && s.region().equals(region.code()));
            if (known.isEmpty()) {
                problems.add(Problem.error(at(file, area.code()), kind.unknown, code, region.name()));
                continue;
            }
            checkName(known.get(), area.code(), area.name(), file, problems);
            found.add(known.get());
            figures(known.get(), area.values(), period, file, problems, observations);
        }
    }

    private void checkName(Scope known, Text code, Text name, String file, List<Problem> problems) {
        if (name != null && !name.value().equals(known.name())) {
            problems.add(Problem.error(at(file, name), "snapshot.name-mismatch", name, code, known.name()));
        }
    }

    private void figures(Scope scope, Map<String, Figure> values, Period period, String file,
                         List<Problem> problems, List<Observation> observations) {
        if (values == null) {
            return;
        }
        for (Map.Entry<String, Figure> e : values.entrySet()) {
            Figure f = e.getValue();
            SourceRef where = new SourceRef(file, f.line(), f.column());
            Optional<Indicator> indicator = catalog.find(e.getKey());
            if (indicator.isEmpty()) {
                problems.add(unknownIndicator(e.getKey(), where));
                continue;
            }
            if (f.blank()) {
                continue;
            }
            if (!indicator.get().reportedAt(scope.level())) {
                ScopeLevel level = indicator.get().level();
                problems.add(level == ScopeLevel.REGION
                        ? Problem.error(where, "figure.region-only", e.getKey(), indicator.get().name())
                        : Problem.error(where, level.unit() ? "figure.units-only" : "figure.level", e.getKey(),
                                indicator.get().name(), level, scope.code(), scope.name()));
                continue;
            }
            Double value = f.value() != null ? f.value() : percentWithItsSign(indicator.get(), f.text());
            if (value == null) {
                problems.add(notAFigure(e.getKey(), f.text(), where));
                continue;
            }
            double v = value;
            if (!Double.isFinite(v)) {
                problems.add(Problem.error(where, "figure.not-finite", e.getKey()));
                continue;
            }
            IndicatorKind kind = indicator.get().kind();
            if (kind == IndicatorKind.PERCENT && (v < 0 || v > 100)) {
                problems.add(Problem.error(where, "figure.percent-range", e.getKey(), Numbers.plain(v)));
                continue;
            }
            if (v < 0) {
                problems.add(Problem.error(where, "figure.negative", e.getKey(), Numbers.plain(v)));
                continue;
            }
            if (f.text() != null && !f.text().strip().equals(Numbers.plain(v))) {
                problems.add(Problem.note(where, "figure.normalised", e.getKey(), f.text(), Numbers.plain(v)));
            }
            if (period != null) {
                observations.add(new Observation(scope.code(), e.getKey(), new Point(period, v, where)));
            }
        }
        checkDerived(values, file, problems);
    }

    /** A derived figure typed by hand must agree with its parts, to 1 %. */
    private void checkDerived(Map<String, Figure> values, String file, List<Problem> problems) {
        for (Map.Entry<String, Figure> e : values.entrySet()) {
            Optional<Indicator> indicator = catalog.find(e.getKey());
            Double given = e.getValue().value();
            if (indicator.isEmpty() || given == null
                    || !(indicator.get().derivation() instanceof Derivation.Ratio r)) {
                continue;
            }
            Figure num = values.get(r.numerator());
            Figure den = values.get(r.denominator());
            if (num == null || den == null || num.value() == null || den.value() == null || den.value() == 0) {
                continue;
            }
            double expected = num.value() / den.value() * r.per();
            if (Math.abs(given - expected) > 0.01 * Math.max(Math.abs(expected), 1e-9)) {
                Figure f = e.getValue();
                problems.add(Problem.error(new SourceRef(file, f.line(), f.column()), "figure.derived-disagrees",
                        e.getKey(), Numbers.plain(given), Numbers.rounded(expected, 3), r.numerator(), r.denominator()));
            }
        }
    }

    /**
     * Warnings about what changed since {@code previous}, the same region's nearest earlier report,
     * whatever its kind (a year's file, or a quarter two or more quarters back when those between are
     * missing): a district that went missing, and figures that moved implausibly (a count falling by more
     * than half or growing tenfold or more, a percent typed as a fraction, a running total going down, a year-to-date count going down
     * within its calendar year). Such a figure may be right, so it warns; it is most often a unit slip
     * (5.3 for 5.3万) or a digit too many. The messages name the earlier period used.
     */
    public List<Problem> sincePrevious(Result current, Snapshot previous) {
        Snapshot now = current.snapshot();
        List<Problem> warnings = new ArrayList<>();
        for (Scope d : previous.districts()) {
            if (!now.districts().contains(d)) {
                warnings.add(Problem.warning(current.periodAt(), "change.district-missing", d.code(), d.name(),
                        previous.period()));
            }
        }
        // Units may be thousands: one warning for all that went missing, naming the first.
        List<Scope> goneUnits = previous.units().stream().filter(u -> !now.units().contains(u)).toList();
        if (!goneUnits.isEmpty()) {
            warnings.add(Problem.warning(current.periodAt(), "change.units-missing", goneUnits.size(),
                    previous.period(), goneUnits.get(0).code(), goneUnits.get(0).name()));
        }
        Map<String, Point> before = new HashMap<>();
        previous.observations().forEach(o -> before.put(o.scope() + "/" + o.indicator(), o.point()));
        for (Observation o : now.observations()) {
            Point was = before.get(o.scope() + "/" + o.indicator());
            Indicator indicator = catalog.find(o.indicator()).orElse(null);
            if (was == null || indicator == null || indicator.derived()) {
                continue;
            }
            String key = implausible(indicator, was, o.point());
            if (key != null) {
                warnings.add(Problem.warning(o.point().source(), key, o.indicator(), previous.period(),
                        Numbers.plain(was.value()), Numbers.plain(o.point().value())));
            }
        }
        return warnings;
    }

    private static String implausible(Indicator indicator, Point was, Point now) {
        double a = was.value();
        double b = now.value();
        boolean counted = indicator.kind() == IndicatorKind.COUNT || indicator.kind() == IndicatorKind.AMOUNT;
        switch (indicator.basis()) {
            case CUMULATIVE -> {
                // A running total never falls, however far apart the two reports are.
                if (b < a) {
                    return "change.cumulative-down";
                }
            }
            case YEAR_TO_DATE -> {
                // A year-to-date count restarts each January; within a calendar year it only grows, and
                // across years (2024 before 2025-Q1, 2024-Q3 before 2025-Q2) there is nothing to compare.
                return b < a && was.period().year() == now.period().year() ? "change.year-to-date-down" : null;
            }
            case STATE -> {
                if (counted && b < a / 2) {
                    return "change.fell-by-half";
                }
            }
        }
        // A percent typed as a fraction (0.428 for 42.8 %) is in range, so only the earlier report shows it.
        if (indicator.kind() == IndicatorKind.PERCENT && a > 1 && b <= 1 && b < a / 10) {
            return "change.percent-as-fraction";
        }
        // An appended zero makes exactly ten times the figure, the commonest slip of all.
        return counted && a > 0 && b >= 10 * a ? "change.grew-tenfold" : null;
    }

    /** A percent typed with its sign ("88%", "88％") is the figure 88, as the statistician meant it. */
    private static Double percentWithItsSign(Indicator indicator, String text) {
        if (indicator.kind() != IndicatorKind.PERCENT || text == null) {
            return null;
        }
        String t = text.strip();
        return t.endsWith("%") || t.endsWith("％") ? Figures.parse(t.substring(0, t.length() - 1)) : null;
    }

    /** Text that is not a figure, with what to write instead where that is known. */
    private static Problem notAFigure(String code, String text, SourceRef where) {
        String instead = Figures.withoutLeadingZero(text);
        if (instead != null) {
            return Problem.error(where, "figure.leading-zero", code, text, instead);
        }
        return Figures.otherBase(text) ? Problem.error(where, "figure.other-base", code, text)
                : Problem.error(where, "figure.not-a-number", code, text);
    }

    private Problem unknownIndicator(String code, SourceRef where) {
        List<String> close = Suggestions.closest(code, catalog.indicators().stream().map(Indicator::code).toList());
        return close.isEmpty()
                ? Problem.error(where, "figure.unknown-indicator", code)
                : Problem.error(where, "figure.unknown-indicator-suggest", code, String.join(", ", close));
    }

    private static SourceRef at(String file, Text t) {
        return new SourceRef(file, t.line(), t.column());
    }
}
