package dabiao.spark;

import java.io.Serializable;
import java.util.List;

/**
 * A file of a long-format table: as messages show it, its place among the files read, and its header
 * (a CSV's first row and the line it stands on; a Parquet file's columns, on no line).
 */
record TableFile(String display, int order, List<String> header, int headerLine) implements Serializable {

    TableFile {
        header = List.copyOf(header);
    }
}
