package dabiao.spark;

import dabiao.diagnostics.Problem;
import dabiao.input.CsvRows;
import dabiao.input.Figure;
import dabiao.input.ParsedFile;
import dabiao.input.SnapshotDocument;
import dabiao.input.Text;
import dabiao.model.SourceRef;
import dabiao.table.LongTableReader;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Some rows of one table file, read by the command line's own long-table reader: every row is checked as
 * the CLI checks it, and every problem is worded as there, at the row's own line in its file.
 *
 * <p>A bridge until {@code LongTableReader} reads rows it is handed with where they stand: the rows are
 * written as CSV text under their file's header and parsed with {@link LongTableReader#parse}, and every
 * line of the result (codes, figures, problems) is then moved back to the line the row has in its file.
 * Columns need no moving, since the cells keep their file's order.
 */
final class RowsAsTable {

    private final List<Integer> lines = new ArrayList<>(List.of(0));

    private RowsAsTable() {
    }

    /** {@code rows}, in order, as the documents and problems the CLI reads from {@code file}. */
    static ParsedFile read(TableFile file, List<SourceRow> rows) {
        RowsAsTable table = new RowsAsTable();
        StringBuilder text = new StringBuilder();
        try {
            CSVPrinter printer = new CSVPrinter(text, CsvRows.FORMAT);
            table.append(printer, text, file.header(), file.headerLine());
            for (SourceRow r : rows) {
                table.append(printer, text, Arrays.asList(r.cells()), r.line());
            }
            ParsedFile parsed = LongTableReader.parse(new StringReader(text.toString()), file.display());
            return new ParsedFile(parsed.file(), parsed.documents().stream().map(table::document).toList(),
                    parsed.problems().stream().map(table::problem).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one record, noting that each line it takes (a quoted field may break lines) is {@code line} in the file. */
    private void append(CSVPrinter printer, StringBuilder text, List<String> cells, int line) throws IOException {
        int start = text.length();
        printer.printRecord(cells);
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(line);
            }
        }
    }

    private int line(int written) {
        return written >= 0 && written < lines.size() ? lines.get(written) : written;
    }

    private Problem problem(Problem p) {
        SourceRef w = p.where();
        Problem moved = p.at(new SourceRef(w.file(), line(w.line()), w.column()));
        if (p.key().equals("long-table.twice")) {
            // Its last argument is the line of the row that came first.
            List<Object> args = new ArrayList<>(p.args());
            args.set(args.size() - 1, line((Integer) args.get(args.size() - 1)));
            return new Problem(moved.where(), p.severity(), p.key(), List.copyOf(args), p.detail());
        }
        return moved;
    }

    private SnapshotDocument document(SnapshotDocument d) {
        SnapshotDocument.Region region = d.region() == null ? null
                : new SnapshotDocument.Region(text(d.region().code()), text(d.region().name()));
        return new SnapshotDocument(text(d.schema()), region, text(d.period()), d.source(), figures(d.values()),
                areas(d.districts()), areas(d.units()));
    }

    private List<SnapshotDocument.Area> areas(List<SnapshotDocument.Area> areas) {
        return areas == null ? null : areas.stream()
                .map(a -> new SnapshotDocument.Area(text(a.code()), text(a.name()), figures(a.values()))).toList();
    }

    private Map<String, Figure> figures(Map<String, Figure> values) {
        if (values == null) {
            return null;
        }
        Map<String, Figure> moved = new LinkedHashMap<>();
        values.forEach((k, f) -> moved.put(k, f == null ? null
                : new Figure(f.text(), f.value(), f.blank(), line(f.line()), f.column())));
        return moved;
    }

    private Text text(Text t) {
        return t == null ? null : new Text(t.value(), line(t.line()), t.column());
    }
}
