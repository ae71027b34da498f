package dabiao.data;


import dabiao.diagnostics.Problem;
import dabiao.model.Catalog;
import dabiao.model.Derivation;
import dabiao.model.Indicator;
import dabiao.model.Observation;
import dabiao.model.Period;
import dabiao.model.Point;
import dabiao.model.Scope;
import dabiao.model.ScopeLevel;
import dabiao.model.Snapshot;
import dabiao.model.SourceRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.Collections;

/**
 * Every figure of every snapshot, as a time series per scope and indicator, with derived indicators
 * computed from their parts. Immutable; {@link #upTo(Period)} gives the view an evaluation as of a
 * period sees.
 */
public final class DataSet {

    private static final Comparator<Point> BY_PERIOD = Comparator.comparing(Point::period);

    private final Map<String, List<Scope>> scopesByRegion;
    private final Map<String, Map<String, List<Point>>> series;
    private final List<Problem> warnings;
    private final TreeSet<Period> periods = new TreeSet<>();

    private DataSet(Map<String, List<Scope>> scopesByRegion, Map<String, Map<String, List<Point>>> series,
                    List<Problem> warnings) {
        this.scopesByRegion = scopesByRegion;
        this.series = series;
        this.warnings = List.copyOf(warnings);
        series.values().forEach(m -> m.values().forEach(l -> l.forEach(p -> periods.add(p.period()))));
    }

    /**
     * Builds the series of valid snapshots. A region's scopes are the region, its districts and the units
     * below them in the divisions (the validator refuses any other); a scope that reports nothing still
     * gets verdicts (no data).
     */
    public static DataSet of(List<Snapshot> snapshots, Catalog catalog, Divisions divisions) {
        Map<String, List<Scope>> scopes = new LinkedHashMap<>();
        Map<String, Map<String, List<Point>>> series = new HashMap<>();
        for (Snapshot s : snapshots) {
            scopes.computeIfAbsent(s.region().code(), code -> {
                List<Scope> l = new ArrayList<>();
                l.add(s.region());
                l.addAll(divisions.districtsOf(code));
                l.addAll(divisions.unitsOf(code));
                return l;
            });
            for (Observation o : s.observations()) {
                if (catalog.find(o.indicator()).map(Indicator::derived).orElse(false)) {
                    continue;
                }
                series.computeIfAbsent(o.scope(), k -> new HashMap<>())
                        .computeIfAbsent(o.indicator(), k -> new ArrayList<>()).add(o.point());
            }
        }
        series.values().forEach(byIndicator -> byIndicator.replaceAll((k, points) -> distinctPeriods(points)));
        List<Problem> warnings = new ArrayList<>();
        derive(catalog, scopes, series, warnings);
        return new DataSet(scopes, series, warnings);
    }

    /** One figure per moment: where a year and its fourth quarter both report, the quarter is kept. */
    private static List<Point> distinctPeriods(List<Point> points) {
        Map<Integer, Point> byEnd = new LinkedHashMap<>();
        points.stream().sorted(BY_PERIOD.reversed()).forEach(p -> byEnd.merge(p.period().endMonth(), p,
                (a, b) -> a.period().isYear() ? b : a));
        return byEnd.values().stream().sorted(BY_PERIOD).toList();
    }

    private static void derive(Catalog catalog, Map<String, List<Scope>> scopes,
                               Map<String, Map<String, List<Point>>> series, List<Problem> warnings) {
        runningTotals(catalog, series);
        for (Indicator i : catalog.indicators()) {
            if (i.derivation() instanceof Derivation.Ratio r) {
                for (List<Scope> region : scopes.values()) {
                    for (Scope s : region) {
                        Map<String, List<Point>> own = series.getOrDefault(s.code(), Map.of());
                        List<Point> derived = ratio(own.getOrDefault(r.numerator(), List.of()),
                                own.getOrDefault(r.denominator(), List.of()), r.per());
                        if (!derived.isEmpty()) {
                            series.computeIfAbsent(s.code(), k -> new HashMap<>()).put(i.code(), derived);
                        }
                    }
                }
            }
        }
        for (Indicator i : catalog.indicators()) {
            if (i.derivation() instanceof Derivation.ShareOfUnits d) {
                for (List<Scope> region : scopes.values()) {
                    Map<String, List<Scope>> within = unitsWithin(region, d.units());
                    warnMissing(region, within, d, i, series, warnings);
                    within.forEach((scope, units) -> {
                        List<Point> share = share(units, d, series);
                        if (!share.isEmpty()) {
                            series.computeIfAbsent(scope, k -> new HashMap<>()).put(i.code(), share);
                        }
                    });
                }
            }
        }
    }

    /**
     * For each scope of a region above {@code level} whose units the divisions list in full, the units at
     * {@code level} lying in it, found by following each unit's parents up to the region. In full: a street
     * with communities listed, a district all of whose streets are, a region all of whose districts are; a
     * district whose streets the divisions do not list would make a region's share the share of the others'
     * units only, which is not the region's figure. A functional zone is not one of the 县(市、区) a plan
     * counts, so a share of districts leaves it out.
     */
    private static Map<String, List<Scope>> unitsWithin(List<Scope> region, ScopeLevel level) {
        Map<String, Scope> byCode = new HashMap<>();
        region.forEach(s -> byCode.put(s.code(), s));
        Map<String, List<Scope>> within = new LinkedHashMap<>();
        Map<String, List<Scope>> children = new HashMap<>();
        for (Scope s : region) {
            if (s.parent() != null && !(level == ScopeLevel.DISTRICT && s.functionalZone())) {
                children.computeIfAbsent(s.parent(), k -> new ArrayList<>()).add(s);
            }
        }
        for (Scope unit : region) {
            if (unit.level() != level || unit.functionalZone()) {
                continue;
            }
            for (Scope s = byCode.get(unit.parent()); s != null; s = s.parent() == null ? null : byCode.get(s.parent())) {
                within.computeIfAbsent(s.code(), k -> new ArrayList<>()).add(unit);
            }
        }
        within.keySet().removeIf(code -> !listedInFull(byCode.get(code), level, children));
        return within;
    }

    /** Whether every scope between {@code scope} and the units at {@code level} has units listed below it. */
    private static boolean listedInFull(Scope scope, ScopeLevel level, Map<String, List<Scope>> children) {
        List<Scope> below = children.getOrDefault(scope.code(), List.of()).stream()
                .filter(c -> !c.level().below(level)).toList();
        if (below.isEmpty()) {
            return false;
        }
        return below.stream().allMatch(c -> c.level() == level || listedInFull(c, level, children));
    }

    /**
     * A running total and its yearly count, each from the other where only one is reported, before the
     * ratios, which may use either. Everything is derived from reported figures only.
     */
    private static void runningTotals(Catalog catalog, Map<String, Map<String, List<Point>>> series) {
        Map<String, Map<String, List<Point>>> derived = new HashMap<>();
        for (Indicator i : catalog.indicators()) {
            if (i.yearly() != null) {
                YearlySums sums = new YearlySums(i);
                series.forEach((scope, reported) -> sums.derive(reported).forEach((code, points) -> derived
                        .computeIfAbsent(scope, k -> new HashMap<>()).merge(code, points, DataSet::orAtOtherMoments)));
            }
        }
        derived.forEach((scope, byIndicator) -> byIndicator.forEach((code, points) ->
                series.get(scope).merge(code, points, DataSet::orAtOtherMoments)));
    }

    /** {@code first}, and the points of {@code more} at moments {@code first} has none for, in order. */
    private static List<Point> orAtOtherMoments(List<Point> first, List<Point> more) {
        List<Point> all = new ArrayList<>(first);
        more.stream().filter(p -> Point.at(first, p.period()) == null).forEach(all::add);
        all.sort(BY_PERIOD);
        return all;
    }

    private static List<Point> ratio(List<Point> numerator, List<Point> denominator, double per) {
        List<Point> out = new ArrayList<>();
        for (Point n : numerator) {
            Point d = atOrBefore(denominator, n.period());
            double ratio = d == null || d.value() <= 0 ? Double.NaN : n.value() / d.value() * per;
            if (Double.isFinite(ratio)) {
                out.add(new Point(n.period(), ratio, n.source()));
            }
        }
        return out;
    }

    /**
     * The percentage of {@code units} meeting the standard, for periods every one of them reports: a share
     * with units missing is not the figure the plan speaks of.
     */
    private static List<Point> share(List<Scope> units, Derivation.ShareOfUnits d,
                                     Map<String, Map<String, List<Point>>> series) {
        Map<Integer, List<Point>> byEnd = new HashMap<>();
        for (Scope s : units) {
            for (Point p : series.getOrDefault(s.code(), Map.of()).getOrDefault(d.indicator(), List.of())) {
                byEnd.computeIfAbsent(p.period().endMonth(), k -> new ArrayList<>()).add(p);
            }
        }
        List<Point> out = new ArrayList<>();
        for (List<Point> points : byEnd.values()) {
            if (points.size() == units.size()) {
                long meeting = points.stream().filter(p -> d.meeting().satisfiedBy(p.value())).count();
                // No one line holds a share: its source is the file the units' figures are in.
                out.add(new Point(points.get(0).period(), 100.0 * meeting / units.size(),
                        SourceRef.of(points.get(0).source().file())));
            }
        }
        out.sort(BY_PERIOD);
        return out;
    }

    /**
     * In each period some unit of the region reports a share's figure in, every scope the units lie in
     * directly (a street for communities) that lacks some of its units' figures is warned of once, naming the
     * first missing: the share then has no figure there or above, and no committee's silence passes unnoticed.
     */
    private static void warnMissing(List<Scope> region, Map<String, List<Scope>> within, Derivation.ShareOfUnits d,
                                    Indicator share, Map<String, Map<String, List<Point>>> series,
                                    List<Problem> warnings) {
        Map<Period, String> reportedIn = new java.util.TreeMap<>();
        within.values().forEach(units -> units.forEach(u -> series.getOrDefault(u.code(), Map.of())
                .getOrDefault(d.indicator(), List.of()).forEach(p -> reportedIn.putIfAbsent(p.period(), p.source().file()))));
        for (Scope parent : region) {
            List<Scope> units = within.get(parent.code());
            if (units == null || parent.level().ordinal() != d.units().ordinal() - 1) {
                continue;
            }
            reportedIn.forEach((period, file) -> {
                List<Scope> missing = units.stream().filter(u -> Point.at(series.getOrDefault(u.code(), Map.of())
                        .getOrDefault(d.indicator(), List.of()), period) == null).toList();
                if (!missing.isEmpty()) {
                    warnings.add(Problem.warning(SourceRef.of(file), "share.units-missing", period, parent.code(),
                            parent.name(), units.size(), missing.size(), d.indicator(), missing.get(0).code(),
                            missing.get(0).name(), share.code()));
                }
            });
        }
    }

    private static Point atOrBefore(List<Point> points, Period period) {
        Point found = null;
        for (Point p : points) {
            if (p.period().endMonth() <= period.endMonth()) {
                found = p;
            }
        }
        return found;
    }

    /** This data as an evaluation as of {@code asOf} sees it: later figures do not exist. */
    public DataSet upTo(Period asOf) {
        if (periods.isEmpty() || periods.last().endMonth() <= asOf.endMonth()) {
            return this;
        }
        Map<String, Map<String, List<Point>>> cut = new HashMap<>();
        series.forEach((scope, byIndicator) -> {
            Map<String, List<Point>> m = new HashMap<>();
            byIndicator.forEach((indicator, points) -> {
                List<Point> kept = points.stream().filter(p -> p.period().endMonth() <= asOf.endMonth()).toList();
                if (!kept.isEmpty()) {
                    m.put(indicator, kept);
                }
            });
            cut.put(scope, m);
        });
        return new DataSet(scopesByRegion, cut, warnings);
    }

    /**
     * What the figures leave a derived figure without, as warnings: a period in which some of a street's
     * (a district's, a region's) units report a share's figure and others do not.
     */
    public List<Problem> warnings() {
        return warnings;
    }

    /** The figures of one indicator for one scope, oldest first; empty when there are none. */
    public List<Point> series(String scope, String indicator) {
        return series.getOrDefault(scope, Map.of()).getOrDefault(indicator, List.of());
    }

    /** The codes of the regions with at least one snapshot, in reading order. */
    public Set<String> regions() {
        return scopesByRegion.keySet();
    }

    /** A region, its districts and the units below them: the region first. */
    public List<Scope> scopesOf(String region) {
        return scopesByRegion.getOrDefault(region, List.of());
    }

    /** The latest period a figure of the region or its districts describes, or null without one. */
    public Period latestOf(String region) {
        return endOf(region, true);
    }

    /** The earliest period a figure of the region or its districts describes, or null without one. */
    public Period earliestOf(String region) {
        return endOf(region, false);
    }

    private Period endOf(String region, boolean latest) {
        Period found = null;
        for (Scope s : scopesOf(region)) {
            for (List<Point> points : series.getOrDefault(s.code(), Map.of()).values()) {
                Period p = points.get(latest ? points.size() - 1 : 0).period();
                if (found == null || (latest ? p.compareTo(found) > 0 : p.compareTo(found) < 0)) {
                    found = p;
                }
            }
        }
        return found;
    }

    /** Every period some figure describes, oldest first. */
    public SortedSet<Period> periods() {
        return Collections.unmodifiableSortedSet(periods);
    }
}
