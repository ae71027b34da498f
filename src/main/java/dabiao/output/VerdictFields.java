package dabiao.output;

import dabiao.model.Assessment;
import dabiao.model.Band;
import dabiao.model.Catalog;
import dabiao.model.Indicator;
import dabiao.model.Point;
import dabiao.model.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Every field of a verdict, written once and in order: JSON nests them by their paths
 * ({@code scope.code} inside {@code "scope"}), CSV names its columns by the same paths. An optional
 * object ({@code baseline}, {@code missing}, …) is null in JSON, and its cells empty in CSV, when the
 * verdict has none.
 */
final class VerdictFields {

    /** What a field holds, which decides how JSON writes it. */
    enum Kind { TEXT, NUMBER, INTEGER, BOOLEAN }

    /** One field: its path, its kind, and its value in a verdict (null for JSON's null). */
    record Field(String path, Kind kind, Function<Row, Object> value) {

        /** The object the field belongs to ({@code scope} for {@code scope.code}), or null at the top. */
        String object() {
            int dot = path.indexOf('.');
            return dot < 0 ? null : path.substring(0, dot);
        }

        String name() {
            return path.substring(path.indexOf('.') + 1);
        }
    }

    /** A verdict with the catalog entry of its indicator (null when the catalog lacks it). */
    record Row(Verdict verdict, Indicator indicator) {
        Assessment a() {
            return verdict.assessment();
        }

        static Row of(Verdict v, Catalog catalog) {
            return new Row(v, catalog.find(v.target().indicator()).orElse(null));
        }
    }

    /** The optional objects: present in a verdict when this says so. */
    static Object optional(String object, Row r) {
        Assessment a = r.a();
        return switch (object) {
            case "baseline" -> a.baseline();
            case "latest" -> a.latest();
            case "since_deadline" -> a.sinceDeadline();
            case "band" -> a.band();
            case "missing" -> a.missing();
            default -> Boolean.TRUE;
        };
    }

    /** A figure's period, value, and the file and line it was read from (null for a zero no file states). */
    static final List<PointField> POINT = List.of(
            new PointField("period", Kind.TEXT, p -> p.period().toString()),
            new PointField("value", Kind.NUMBER, Point::value),
            new PointField("file", Kind.TEXT, p -> p.source() == null ? null : p.source().file()),
            new PointField("line", Kind.INTEGER, p -> p.source() == null || p.source().line() <= 0 ? null : p.source().line()));

    // After POINT, which the verdict's fields are built from.
    static final List<Field> ALL = fields();

    private VerdictFields() {
    }

    /** The CSV header: every field's path. */
    static List<String> paths() {
        return ALL.stream().map(Field::path).toList();
    }

    private static List<Field> fields() {
        List<Field> f = new ArrayList<>();
        text(f, "target", r -> r.verdict().target().id());
        text(f, "rule", r -> r.verdict().target().rule());
        text(f, "title.zh", r -> r.verdict().target().title());
        text(f, "title.en", r -> r.verdict().target().titleEn());
        text(f, "provenance.document", r -> r.verdict().target().provenance().document());
        text(f, "provenance.clause", r -> r.verdict().target().provenance().clause());
        text(f, "provenance.wording", r -> r.verdict().target().provenance().wording());
        text(f, "indicator", r -> r.verdict().target().indicator());
        text(f, "unit.zh", r -> r.indicator() == null ? "" : r.indicator().unit());
        text(f, "unit.en", r -> r.indicator() == null ? "" : r.indicator().unitEn());
        text(f, "scope.code", r -> r.verdict().scope().code());
        text(f, "scope.name", r -> r.verdict().scope().name());
        text(f, "scope.region", r -> r.verdict().scope().region());
        text(f, "scope.level", r -> r.verdict().scope().level().word());
        text(f, "scope.role", r -> r.a().role().id());
        text(f, "status", r -> r.verdict().status().id());
        text(f, "form", r -> r.verdict().target().form().word());
        text(f, "comparison", r -> r.verdict().target().requirement().comparison().words());
        number(f, "target_value", r -> r.verdict().target().requirement().value());
        number(f, "required", r -> r.a().required());
        number(f, "band.min", r -> band(r).min());
        number(f, "band.max", r -> band(r).max());
        f.add(new Field("band.strict", Kind.BOOLEAN, r -> band(r).strict()));
        text(f, "start", r -> r.verdict().target().start() == null ? null : r.verdict().target().start().toString());
        text(f, "deadline", r -> r.a().deadline().toString());
        text(f, "year", r -> r.a().year() == null ? null : r.a().year().toString());
        point(f, "baseline", r -> r.a().baseline());
        text(f, "baseline.kind", r -> r.a().baselineKind() == null ? null : r.a().baselineKind().id());
        point(f, "latest", r -> r.a().latest());
        point(f, "since_deadline", r -> r.a().sinceDeadline());
        number(f, "expected_now", r -> r.a().expectedNow());
        number(f, "pace_ratio", r -> r.a().paceRatio());
        number(f, "projection", r -> r.a().projection());
        text(f, "missing.indicator", r -> r.a().missing().indicator());
        text(f, "missing.what", r -> r.a().missing().what().id());
        text(f, "missing.period", r -> r.a().missing().period() == null ? null : r.a().missing().period().toString());
        text(f, "reason.zh", r -> r.verdict().reason().zh());
        text(f, "reason.en", r -> r.verdict().reason().en());
        text(f, "decided_by", r -> r.verdict().rule());
        return List.copyOf(f);
    }

    /** One field of a figure: its name, its kind and its value. */
    record PointField(String name, Kind kind, Function<Point, Object> value) {
    }

    /** The fields of the figure {@code point} picks from a verdict, inside the object {@code object}. */
    private static void point(List<Field> f, String object, Function<Row, Point> point) {
        for (PointField pf : POINT) {
            f.add(new Field(object + "." + pf.name(), pf.kind(), r -> pf.value().apply(point.apply(r))));
        }
    }

    private static Band band(Row r) {
        return r.a().band();
    }

    private static void text(List<Field> f, String path, Function<Row, Object> value) {
        f.add(new Field(path, Kind.TEXT, value));
    }

    private static void number(List<Field> f, String path, Function<Row, Object> value) {
        f.add(new Field(path, Kind.NUMBER, value));
    }
}
