package dabiao.input;

import dabiao.model.Basis;
import dabiao.model.Catalog;
import dabiao.model.Derivation;
import dabiao.model.Indicator;
import dabiao.model.IndicatorKind;
import dabiao.model.Requirement;
import dabiao.model.SourceRef;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads and checks {@code indicators/catalog.yaml}: every code once, every derivation from known codes. */
public final class CatalogReader {

    private CatalogReader() {
    }

    /** @throws InputException listing every problem of the catalog */
    public static Catalog read(Path path, String display) {
        CatalogDocument doc = YamlFiles.read(path, display, CatalogDocument.class);
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
            boolean byDistrict = e.level() == null || e.level().value().equals("district");
            if (e.level() != null && !byDistrict && !e.level().value().equals("region")) {
                problems.add(Problem.error(at(display, e.level()), "catalog.word", e.level(), "level"));
            }
            indicators.add(new Indicator(e.code().value(), orEmpty(e.name()), orEmpty(e.nameEn()),
                    orEmpty(e.unit()), orEmpty(e.unitEn()), kind, basis, byDistrict, derivation(e, display, problems)));
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
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Catalog(indicators);
    }

    private static List<String> parts(CatalogDocument.Derived d) {
        List<String> parts = new ArrayList<>();
        if (d.shareOfDistricts() != null) {
            parts.add(d.shareOfDistricts());
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
        if (d.shareOfDistricts() != null) {
            try {
                return new Derivation.ShareOfDistricts(d.shareOfDistricts(),
                        Requirement.parse(d.meeting() == null ? "" : d.meeting()));
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
            problems.add(Problem.error(at(display, word), "catalog.word", word, type.getSimpleName().toLowerCase(Locale.ROOT)));
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
