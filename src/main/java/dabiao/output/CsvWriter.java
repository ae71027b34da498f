package dabiao.output;

import dabiao.model.Assessment;
import dabiao.model.Indicator;
import dabiao.model.Point;
import dabiao.model.Report;
import dabiao.model.Target;
import dabiao.model.Verdict;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --format csv}: one row per verdict with every field of the JSON verdict, named by its JSON path
 * ({@code scope.code}, {@code latest.line}); RFC 4180 quoting and line ends, UTF-8, optionally with a
 * byte order mark, without which Excel reads the Chinese text as ANSI.
 */
public final class CsvWriter implements ReportWriter {

    static final List<String> HEADER = List.of("target", "rule", "title.zh", "title.en", "provenance.document",
            "provenance.clause", "provenance.wording", "indicator", "unit.zh", "unit.en", "scope.code", "scope.name",
            "scope.region", "scope.level", "status", "form", "comparison", "target_value", "required", "start",
            "deadline", "baseline.period", "baseline.value", "baseline.file", "baseline.line", "latest.period",
            "latest.value", "latest.file", "latest.line", "expected_now", "pace_ratio", "projection",
            "missing.indicator", "missing.what", "missing.period", "reason.zh", "reason.en", "decided_by");

    private final boolean bom;

    public CsvWriter(boolean bom) {
        this.bom = bom;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        if (bom) {
            out.write('\uFEFF');
        }
        row(out, HEADER);
        for (Verdict v : report.verdicts()) {
            row(out, cells(v, report.catalog().find(v.target().indicator()).orElse(null)));
        }
    }

    private static List<String> cells(Verdict v, Indicator indicator) {
        Assessment a = v.assessment();
        Target t = v.target();
        List<String> c = new ArrayList<>(HEADER.size());
        c.add(t.id());
        c.add(t.rule());
        c.add(t.title());
        c.add(t.titleEn());
        c.add(t.provenance().document());
        c.add(t.provenance().clause());
        c.add(t.provenance().wording());
        c.add(t.indicator());
        c.add(indicator == null ? "" : indicator.unit());
        c.add(indicator == null ? "" : indicator.unitEn());
        c.add(v.scope().code());
        c.add(v.scope().name());
        c.add(v.scope().region());
        c.add(v.scope().district() ? "district" : "region");
        c.add(v.status().id());
        c.add(t.form().word());
        c.add(t.requirement().comparison().words());
        c.add(number(t.requirement().value()));
        c.add(number(a.required()));
        c.add(t.start() == null ? "" : t.start().toString());
        c.add(a.deadline().toString());
        point(c, a.baseline());
        point(c, a.latest());
        c.add(number(a.expectedNow()));
        c.add(number(a.paceRatio()));
        c.add(number(a.projection()));
        c.add(a.missing() == null ? "" : a.missing().indicator());
        c.add(a.missing() == null ? "" : a.missing().what().id());
        c.add(a.missing() == null || a.missing().period() == null ? "" : a.missing().period().toString());
        c.add(v.reason().zh());
        c.add(v.reason().en());
        c.add(v.rule());
        return c;
    }

    private static void point(List<String> c, Point p) {
        c.add(p == null ? "" : p.period().toString());
        c.add(p == null ? "" : number(p.value()));
        c.add(p == null || p.source() == null ? "" : p.source().file());
        c.add(p == null || p.source() == null ? "" : Integer.toString(p.source().line()));
    }

    /** Empty for null, as the JSON's null. */
    private static String number(Double value) {
        return value == null || !Double.isFinite(value) ? "" : Json.rounded(value).toPlainString();
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(cells.get(i)));
        }
        out.write("\r\n");
    }

    private static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
