package dabiao.table;

import dabiao.input.CsvRows;
import dabiao.model.Catalog;
import dabiao.model.Indicator;
import dabiao.model.Numbers;
import dabiao.model.Observation;
import dabiao.model.Snapshot;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The long-format table (issue 12): one row per reported figure, with the columns {@link #COLUMNS}, as
 * CSV (UTF-8, a header row, RFC 4180 quoting and CRLF line ends). A statistics office's database can
 * export it; {@link LongTableReader} reads it back into the documents a snapshot file yields.
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

    private LongTable() {
    }

    /**
     * Writes every figure reported in {@code snapshots}, in their order: a district's with its region as
     * parent, a street's with its district, a community's with its street, the region's own with none. Derived indicators (catalog {@code derivation}) are computed,
     * never reported, so they are left out; so are figures left blank.
     */
    public static void write(List<Snapshot> snapshots, Catalog catalog, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CsvRows.FORMAT);
        printer.printRecord(COLUMNS);
        for (Snapshot s : snapshots) {
            String region = s.region().code();
            Map<String, String> parents = new HashMap<>();
            s.units().forEach(u -> parents.put(u.code(), u.parent()));
            for (Observation o : s.observations()) {
                if (catalog.find(o.indicator()).map(Indicator::derived).orElse(false)) {
                    continue;
                }
                String parent = o.scope().equals(region) ? "" : parents.getOrDefault(o.scope(), region);
                printer.printRecord(region, o.scope(), parent, o.indicator(),
                        s.period(), Numbers.plain(o.point().value()), o.point().source().file(),
                        o.point().source().line());
            }
        }
        printer.flush();
    }
}
