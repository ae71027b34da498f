package dabiao.output;

import dabiao.model.Report;
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

    /** The columns: every verdict field's JSON path. */
    static final List<String> HEADER = VerdictFields.paths();

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
            row(out, cells(VerdictFields.Row.of(v, report.catalog())));
        }
    }

    private static List<String> cells(VerdictFields.Row row) {
        List<String> c = new ArrayList<>(HEADER.size());
        for (VerdictFields.Field f : VerdictFields.ALL) {
            boolean absent = f.object() != null && VerdictFields.optional(f.object(), row) == null;
            Object value = absent ? null : f.value().apply(row);
            c.add(value == null ? "" : value instanceof Double d ? number(d) : value.toString());
        }
        return c;
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
