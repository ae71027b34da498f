package dabiao.spark;

import dabiao.model.Numbers;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Parquet table given with --table, a file or a folder, as Spark reads and splits it. */
final class ParquetTables {

    private static final String FILE = "__dabiao_file";
    private static final String ROW = "__dabiao_row";

    private ParquetTables() {
    }

    /**
     * Each row of a Parquet table with its number in the table, its cells as text as a CSV holds them. A
     * folder (a data set Spark wrote, say) is one table, as Spark reads it: its rows are numbered through
     * its files in the order of their names, so a region and period may be spread over them.
     */
    static JavaPairRDD<RowKey, SourceRow> rows(Dataset<Row> table, String display) {
        Map<String, Long> before = new LinkedHashMap<>();
        long rowsSoFar = 0;
        for (Row files : table.groupBy(functions.col("_metadata.file_path").as(FILE)).count().sort(FILE).collectAsList()) {
            before.put(files.getString(0), rowsSoFar);
            rowsSoFar += files.getLong(1);
        }
        List<String> header = Arrays.asList(table.columns());
        List<Column> columns = new ArrayList<>(header.stream().map(c -> functions.col("`" + c + "`")).toList());
        columns.add(functions.col("_metadata.file_path").as(FILE));
        columns.add(functions.col("_metadata.row_index").as(ROW));
        TableColumns at = new TableColumns(header);
        int n = header.size();
        return table.select(columns.toArray(Column[]::new)).javaRDD().mapToPair(row -> {
            String[] cells = new String[n];
            for (int i = 0; i < n; i++) {
                cells[i] = cell(row.get(i));
            }
            return at.row(display, Math.toIntExact(before.get(row.getString(n)) + row.getLong(n + 1) + 1), cells);
        });
    }

    /** A Parquet value as a CSV cell: a number in plain digits (never 1.0E7), null as empty. */
    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            return Numbers.plain(((Number) value).doubleValue());
        }
        return value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
    }
}
