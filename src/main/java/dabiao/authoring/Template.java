package dabiao.authoring;

import dabiao.data.Divisions;

import dabiao.model.Catalog;
import dabiao.model.Derivation;
import dabiao.model.Indicator;
import dabiao.model.Lang;
import dabiao.model.Period;
import dabiao.model.Scope;
import dabiao.model.ScopeLevel;
import dabiao.model.Snapshot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A snapshot skeleton for one region and period: every district of the region, and every figure some
 * target needs, blank. A derived indicator is never typed, so its parts stand in for it (托位 and 常住人口
 * for 每千人口托位数; each district's figure for a share of districts).
 */
public final class Template {

    private final Catalog catalog;
    private final Divisions divisions;

    public Template(Catalog catalog, Divisions divisions) {
        this.catalog = catalog;
        this.divisions = divisions;
    }

    /**
     * @param needed   the indicators targets are stated in, by the scope they are judged on
     * @param previous the previous report's snapshot, whose figures go into the comments, or null
     */
    public String render(Scope region, Period period, Map<Scope, ? extends Collection<String>> needed,
                         Snapshot previous, String schemaPath, Lang lang) {
        Map<String, Set<String>> reported = new HashMap<>();
        needed.forEach((scope, indicators) -> indicators.forEach(i -> report(scope, i, region, reported)));
        List<SnapshotText.Block> districts = new ArrayList<>();
        for (Scope d : divisions.districtsOf(region.code())) {
            districts.add(new SnapshotText.Block(d, blanks(reported.get(d.code())), null));
        }
        SnapshotText.Block own = new SnapshotText.Block(region, blanks(reported.get(region.code())), null);
        return new SnapshotText(catalog, lang).render(schemaPath, period, own, districts, previous).text();
    }

    private void report(Scope scope, String code, Scope region, Map<String, Set<String>> reported) {
        Indicator indicator = catalog.get(code);
        if (indicator.derivation() instanceof Derivation.Ratio r) {
            reported.computeIfAbsent(scope.code(), k -> new HashSet<>()).addAll(List.of(r.numerator(), r.denominator()));
        } else if (indicator.derivation() instanceof Derivation.ShareOfUnits s) {
            // The template has the region and its districts; a share of streets or communities is of figures
            // reported in the units' own section, which the template does not list (there may be thousands).
            if (s.units() == ScopeLevel.DISTRICT) {
                divisions.districtsOf(region.code()).forEach(d ->
                        reported.computeIfAbsent(d.code(), k -> new HashSet<>()).add(s.indicator()));
            }
        } else {
            reported.computeIfAbsent(scope.code(), k -> new HashSet<>()).add(code);
        }
    }

    /** Blank entries in catalog order. */
    private List<SnapshotText.Entry> blanks(Set<String> codes) {
        if (codes == null) {
            return List.of();
        }
        return catalog.indicators().stream().map(Indicator::code).filter(codes::contains)
                .map(c -> new SnapshotText.Entry(c, "", null)).toList();
    }
}
