package dabiao.input;

import dabiao.diagnostics.InputException;
import dabiao.diagnostics.Problem;

import dabiao.model.Basis;
import dabiao.model.Catalog;
import dabiao.model.Derivation;
import dabiao.model.Indicator;
import dabiao.model.IndicatorKind;
import dabiao.model.Requirement;
import dabiao.model.RunningTotal;
import dabiao.model.ScopeLevel;
import dabiao.model.SourceRef;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads and checks {@code indicators/catalog.yaml}: every code once, every derivation from known codes,
 * every running total's yearly count a year-to-date indicator reported at the same level.
 */
public final class CatalogReader {

    private CatalogReader() {
    }

    /** @throws InputException listing every problem of the catalog */
    public static Catalog read(Path path, String display) {
        return check(YamlFiles.read(path, display, CatalogDocument.class), display);
    }

    /**
     * Reads a catalog's {@code text}, read elsewhere (by another JVM, which sent it), shown as {@code display}.
     *
     * @throws InputException listing every problem of the catalog
     */
    public static Catalog parse(String text, String display) {
        return check(YamlFiles.parse(text, display, CatalogDocument.class), display);
    }

    private static Catalog check(CatalogDocument doc, String display) {
        List<Problem> problems = new ArrayList<>();
        if (doc.schema() == null || !CatalogDocument.SCHEMA.equals(doc.schema().value())) {
            problems.add(Problem.error(at(display, doc.schema()), "catalog.schema", CatalogDocument.SCHEMA));
        }
        List<Indicator> indicators = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CatalogDocument.Entry e : doc.indicators() == null ? List.<CatalogDocument.Entry>of() : doc.indicators()) {
            if (e.code() == null || !e.code().value().matches("[a-z][a-z0-9_]*")) {
                problems.add(Problem.error(at(display, e.code()), "catalog.code", e.code()));
                continue;
            }
            if (!seen.add(e.code().value())) {
                problems.add(Problem.error(at(display, e.code()), "catalog.duplicate", e.code()));
                continue;
            }
            IndicatorKind kind = enumOf(IndicatorKind.class, e.kind(), IndicatorKind.COUNT, display, problems);
            Basis basis = enumOf(Basis.class, e.basis(), Basis.STATE, display, problems);
            ScopeLevel level = e.level() == null ? ScopeLevel.DISTRICT : ScopeLevel.byWord(e.level().value());
            if (level == null) {
                problems.add(Problem.error(at(display, e.level()), "catalog.word", e.level(), "level", ScopeLevel.words()));
                level = ScopeLevel.DISTRICT;
            }
            indicators.add(new Indicator(e.code().value(), orEmpty(e.name()), orEmpty(e.nameEn()),
                    orEmpty(e.unit()), orEmpty(e.unitEn()), kind, basis, level, derivation(e, display, problems),
                    runningTotal(e, basis, display, problems)));
        }
        Set<String> codes = new HashSet<>(seen);
        for (CatalogDocument.Entry e : doc.indicators() == null ? List.<CatalogDocument.Entry>of() : doc.indicators()) {
            if (e.derived() != null && e.code() != null) {
                for (String part : parts(e.derived())) {
                    if (!codes.contains(part)) {
                        problems.add(Problem.error(at(display, e.code()), "catalog.unknown-part", e.code(), part));
                    }
                }
            }
        }
        checkYearly(doc.indicators(), new Catalog(indicators), display, problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Catalog(indicators);
    }

    /** {@code since} and {@code yearly} as written; they belong to a running total, and yearly needs since. */
    private static RunningTotal runningTotal(CatalogDocument.Entry e, Basis basis, String display, List<Problem> problems) {
        if (e.since() == null && e.yearly() == null) {
            return null;
        }
        if (basis != Basis.CUMULATIVE) {
            boolean since = e.since() != null;
            problems.add(Problem.error(at(display, since ? e.since() : e.yearly()), "catalog.running-total-only",
                    e.code(), since ? "since" : "yearly"));
            return null;
        }
        if (e.since() == null) {
            problems.add(Problem.error(at(display, e.yearly()), "catalog.yearly-needs-since", e.code()));
            return null;
        }
        if (!e.since().value().matches("\\d{4}") || Integer.parseInt(e.since().value()) < 1900
                || Integer.parseInt(e.since().value()) > 2200) {
            problems.add(Problem.error(at(display, e.since()), "catalog.since-year", e.code(), e.since()));
            return null;
        }
        return new RunningTotal(Integer.parseInt(e.since().value()), e.yearly() == null ? null : e.yearly().value());
    }

    /** A running total's yearly count is a reported year-to-date indicator, for the same scopes. */
    private static void checkYearly(List<CatalogDocument.Entry> entries, Catalog catalog, String display,
                                    List<Problem> problems) {
        for (CatalogDocument.Entry e : entries == null ? List.<CatalogDocument.Entry>of() : entries) {
            Indicator total = e.code() == null ? null : catalog.find(e.code().value()).orElse(null);
            if (total == null || total.yearly() == null) {
                continue;
            }
            Indicator yearly = catalog.find(total.yearly()).orElse(null);
            if (yearly == null) {
                problems.add(Problem.error(at(display, e.yearly()), "catalog.yearly-unknown", e.code(), e.yearly()));
            } else if (yearly.derived() || yearly.basis() != Basis.YEAR_TO_DATE) {
                problems.add(Problem.error(at(display, e.yearly()), "catalog.yearly-basis", e.code(), e.yearly(),
                        yearly.derived() ? "derived" : yearly.basis().name().toLowerCase(Locale.ROOT)));
            } else if (yearly.level() != total.level()) {
                problems.add(Problem.error(at(display, e.yearly()), "catalog.yearly-level", e.code(), e.yearly(),
                        total.level().word(), yearly.level().word()));
            }
        }
    }

    private static List<String> parts(CatalogDocument.Derived d) {
        List<String> parts = new ArrayList<>();
        if (d.shareOfDistricts() != null || d.shareOfUnits() != null) {
            parts.add(d.shareOfDistricts() != null ? d.shareOfDistricts() : d.shareOfUnits());
        } else {
            if (d.numerator() != null) {
                parts.add(d.numerator());
            }
            if (d.denominator() != null) {
                parts.add(d.denominator());
            }
        }
        return parts;
    }

    private static Derivation derivation(CatalogDocument.Entry e, String display, List<Problem> problems) {
        CatalogDocument.Derived d = e.derived();
        if (d == null) {
            return null;
        }
        if (d.shareOfDistricts() != null || d.shareOfUnits() != null) {
            ScopeLevel units = d.shareOfDistricts() != null ? ScopeLevel.DISTRICT
                    : d.units() == null ? null : ScopeLevel.byWord(d.units());
            if (units == null || !units.below(ScopeLevel.REGION)) {
                problems.add(Problem.error(at(display, e.code()), "catalog.derivation", e.code(),
                        "share_of_units with units: district, street or community"));
                return null;
            }
            try {
                return new Derivation.ShareOfUnits(d.shareOfDistricts() != null ? d.shareOfDistricts() : d.shareOfUnits(),
                        units, Requirement.parse(d.meeting() == null ? "" : d.meeting()));
            } catch (IllegalArgumentException ex) {
                problems.add(Problem.error(at(display, e.code()), "catalog.derivation", e.code(), ex.getMessage()));
                return null;
            }
        }
        if (d.numerator() == null || d.denominator() == null || d.per() == null || d.per() <= 0) {
            problems.add(Problem.error(at(display, e.code()), "catalog.derivation", e.code(),
                    "numerator, denominator and per > 0"));
            return null;
        }
        return new Derivation.Ratio(d.numerator(), d.denominator(), d.per());
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, Text word, E fallback, String display,
                                                List<Problem> problems) {
        if (word == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, word.value().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            String allowed = java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.joining(", "));
            String field = type == IndicatorKind.class ? "kind" : type.getSimpleName().toLowerCase(Locale.ROOT);
            problems.add(Problem.error(at(display, word), "catalog.word", word, field, allowed));
            return fallback;
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static SourceRef at(String display, Text t) {
        return t == null ? SourceRef.of(display) : new SourceRef(display, t.line(), t.column());
    }
}
