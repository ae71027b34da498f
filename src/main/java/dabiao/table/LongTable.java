package dabiao.table;

import dabiao.model.Catalog;
import dabiao.model.Indicator;
import dabiao.model.Observation;
import dabiao.model.Snapshot;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The long-format table (issue 12): one row per reported figure, with the columns {@link #COLUMNS}. A
 * statistics office's database can export it; {@link LongTableFormat} names the file formats that hold it
 * and {@link LongTableReader} makes rows read back into the documents a snapshot file yields.
 */
public final class LongTable {

    /** The columns, in the order written; a table that is read must have each of them. */
    public static final List<String> COLUMNS =
            List.of("region", "unit", "parent", "indicator", "period", "value", "source_file", "source_line");

    static final int REGION = 0;
    static final int UNIT = 1;
    static final int PARENT = 2;
    static final int INDICATOR = 3;
    static final int PERIOD = 4;
    static final int VALUE = 5;
    static final int SOURCE_FILE = 6;
    static final int SOURCE_LINE = 7;

    /**
     * One figure as written.
     *
     * @param parent the code of the unit's parent (the region for a district), null for the region's own
     * @param sourceFile where the figure was read (the snapshot file as messages show it), null for none
     * @param sourceLine its line there
     */
    public record Row(String region, String unit, String parent, String indicator, String period, double value,
                      String sourceFile, int sourceLine) {
    }

    /**
     * A table being written, a row at a time, so that its size is bounded by the disk and not the heap
     * ({@link LongTableFormat#open}). Closing it finishes the file; the stream it writes to stays open for
     * its owner to close.
     */
    public interface RowWriter extends Closeable {
        /** Appends {@code row}. */
        void write(Row row) throws IOException;
    }

    private LongTable() {
    }

    /**
     * Every figure reported in {@code snapshots}, in their order: a district's with its region as parent,
     * a street's with its district, a community's with its street, the region's own with none. Derived
     * indicators (catalog {@code derivation}) are computed, never reported, so they are left out; so are
     * figures left blank.
     */
    static List<Row> rows(List<Snapshot> snapshots, Catalog catalog) {
        List<Row> rows = new ArrayList<>();
        for (Snapshot s : snapshots) {
            String region = s.region().code();
            Map<String, String> parents = new HashMap<>();
            s.units().forEach(u -> parents.put(u.code(), u.parent()));
            for (Observation o : s.observations()) {
                if (catalog.find(o.indicator()).map(Indicator::derived).orElse(false)) {
                    continue;
                }
                String parent = o.scope().equals(region) ? null : parents.getOrDefault(o.scope(), region);
                rows.add(new Row(region, o.scope(), parent, o.indicator(), s.period().toString(), o.point().value(),
                        o.point().source().file(), o.point().source().line()));
            }
        }
        return rows;
    }
}
