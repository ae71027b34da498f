package dabiao.output;

import dabiao.model.Lang;
import dabiao.model.Report;
import dabiao.model.Scope;
import dabiao.model.ScopeLevel;
import dabiao.model.SourceRef;
import dabiao.model.Target;
import dabiao.model.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * One region's verdicts as a grid: its scopes (the region, its districts, then any streets or communities
 * judged) across, a line per target
 * (per year of a yearly quota) down, in the order the rules declare them, and at most one verdict per
 * cell. The markdown table and the HTML heat map draw it.
 *
 * @param region the region as a whole
 * @param scopes the region, its districts and the units with a verdict, in report order
 * @param lines  every target (and year) with a verdict in the region
 */
record VerdictGrid(Scope region, List<Scope> scopes, List<Line> lines, Map<String, Verdict> cells) {

    /** A row of the grid: a target, and for a yearly quota one of its years. */
    record Line(Target target, Integer year) {

        /** The target's title, with the year of a quota: "每年新增各类品牌首店800家以上 · 2024". */
        String title(Lang lang) {
            return Verdict.title(target, year, lang);
        }
    }

    /** One grid per region, in report order. */
    static List<VerdictGrid> of(Report report) {
        Map<String, List<Verdict>> byRegion = new LinkedHashMap<>();
        report.verdicts().forEach(v -> byRegion.computeIfAbsent(v.scope().region(), r -> new ArrayList<>()).add(v));
        List<VerdictGrid> grids = new ArrayList<>();
        for (List<Verdict> verdicts : byRegion.values()) {
            LinkedHashSet<Scope> scopes = new LinkedHashSet<>();
            LinkedHashSet<Line> lines = new LinkedHashSet<>();
            Map<String, Verdict> cells = new HashMap<>();
            for (Verdict v : verdicts) {
                scopes.add(v.scope());
                Line line = new Line(v.target(), v.year());
                lines.add(line);
                cells.put(key(line, v.scope()), v);
            }
            List<Line> ordered = new ArrayList<>(lines);
            ordered.sort(Comparator.comparing(Line::target, RULE_ORDER)
                    .thenComparingInt(l -> l.year() == null ? 0 : l.year()));
            Scope region = scopes.stream().filter(Scope::wholeRegion).findFirst().orElse(scopes.iterator().next());
            grids.add(new VerdictGrid(region, List.copyOf(scopes), ordered, cells));
        }
        return grids;
    }

    /** The order in which the rules files declare the targets. */
    static final Comparator<Target> RULE_ORDER = Comparator
            .comparing((Target t) -> t.source() == null ? "" : t.source().file(), SourceRef.FILE_ORDER)
            .thenComparingInt(t -> t.source() == null ? 0 : t.source().line());

    /** Every target with a verdict in the region, once each, in rule order. */
    List<Target> targets() {
        return lines.stream().map(Line::target).distinct().toList();
    }

    /**
     * The lines judged on {@code level}: those whose lowest scope with a verdict is of that level. The
     * lines with a verdict on some district are the rows of the heat map proper, kept apart from the lines
     * judged on the region alone (so that a few district rows are not buried under many single cells) and
     * from those judged on streets or communities, whose columns are other scopes.
     */
    List<Line> linesAt(ScopeLevel level) {
        return lines.stream().filter(l -> levelOf(l) == level).toList();
    }

    /** The lines judged on the region or its districts: one table, the region's column first. */
    List<Line> regionAndDistrictLines() {
        return lines.stream().filter(l -> !levelOf(l).unit()).toList();
    }

    /**
     * The columns of a table of lines judged on {@code level}: the region and its districts for lines
     * judged on the region or its districts, the streets (or communities) for lines judged on those.
     */
    List<Scope> columns(ScopeLevel level) {
        return scopes.stream().filter(s -> level.unit() ? s.level() == level : !s.level().unit()).toList();
    }

    /** The levels below the districts that some line is judged on, coarsest first. */
    List<ScopeLevel> unitLevels() {
        return lines.stream().map(this::levelOf).filter(ScopeLevel::unit).distinct().sorted().toList();
    }

    private ScopeLevel levelOf(Line line) {
        return scopes.stream().filter(s -> at(line, s) != null).map(Scope::level).max(Comparator.naturalOrder())
                .orElse(ScopeLevel.REGION);
    }

    /** The lines of one target: one, or one per year of a quota. */
    List<Line> linesOf(Target target) {
        return lines.stream().filter(l -> l.target().equals(target)).toList();
    }

    /** The verdict of a line on {@code scope}, or null where the target does not apply. */
    Verdict at(Line line, Scope scope) {
        return cells.get(key(line, scope));
    }

    private static String key(Line l, Scope s) {
        return l.target().id() + "\n" + s.code() + "\n" + l.year();
    }
}
