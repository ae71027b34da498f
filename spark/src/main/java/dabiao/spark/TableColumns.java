package dabiao.spark;

import scala.Tuple2;

import java.util.List;

/** Where a table file's region, period and value columns stand, to key each row to its region. */
record TableColumns(int region, int period, int value) implements java.io.Serializable {

    TableColumns(List<String> header) {
        this(indexOf(header, "region"), indexOf(header, "period"), indexOf(header, "value"));
    }

    private static int indexOf(List<String> header, String column) {
        return header.stream().map(String::strip).toList().indexOf(column);
    }

    Tuple2<RowKey, SourceRow> row(String file, int line, String[] cells) {
        String code = region >= 0 && region < cells.length ? cells[region].strip() : "";
        boolean figure = value >= 0 && value < cells.length && period >= 0 && period < cells.length
                && !cells[value].isBlank();
        return new Tuple2<>(new RowKey(code, 0, line),
                new SourceRow(file, line, cells, figure ? cells[period].strip() : null));
    }
}
