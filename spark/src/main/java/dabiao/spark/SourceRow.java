package dabiao.spark;

import java.io.Serializable;

/**
 * One row of a long-format table as it stands in its file: the file as messages show it, where the row
 * stands (a CSV row's line, a Parquet row's number from 1), and its cells in the file's own column order.
 *
 * @param period the row's period when its value is not blank, else null: what the default --as-of is
 *               the latest of
 */
record SourceRow(String file, int line, String[] cells, String period) implements Serializable {
}
