package dabiao.spark;

import dabiao.diagnostics.Problem;
import dabiao.input.ParsedFile;
import dabiao.model.SourceRef;
import dabiao.table.LongTableReader;

import java.util.Arrays;
import java.util.List;

/**
 * Some rows of one table file, read by the command line's own long-table reader: every row is checked as
 * the CLI checks it, and every problem is worded as there, at the row's own line in its file.
 */
final class RowsAsTable {

    private RowsAsTable() {
    }

    /** {@code rows}, in order, as the documents and problems the CLI reads from {@code file}. */
    static ParsedFile read(TableFile file, List<SourceRow> rows) {
        LongTableReader table = new LongTableReader(file.display());
        if (table.header(file.header(), file.display(), file.headerLine())) {
            for (SourceRow r : rows) {
                if (r.cells().length != file.header().size()) {
                    table.problem(Problem.error(new SourceRef(file.display(), r.line(), 1), "long-table.width",
                            r.cells().length, file.header().size()));
                } else {
                    table.add(Arrays.asList(r.cells()), r.line());
                }
            }
        }
        return table.parsed();
    }
}
