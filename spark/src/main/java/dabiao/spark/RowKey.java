package dabiao.spark;

import java.io.Serializable;
import java.util.Comparator;

/**
 * Where a row goes and in which order: to its region's group, then in the order the command line reads
 * tables (the tables in their order, each row by its line), so that a region sees its rows as the CLI does.
 */
record RowKey(String region, int file, int line) implements Comparable<RowKey>, Serializable {

    private static final Comparator<RowKey> ORDER = Comparator.comparing(RowKey::region)
            .thenComparingInt(RowKey::file).thenComparingInt(RowKey::line);

    @Override
    public int compareTo(RowKey o) {
        return ORDER.compare(this, o);
    }
}
