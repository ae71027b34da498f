package dabiao.input;

import java.util.List;
import java.util.Map;

/**
 * A snapshot file exactly as written ({@code schema: dabiao/indicators/v1}), before validation.
 * Codes, periods and figures keep their line and column.
 */
public record SnapshotDocument(Text schema, Region region, Text period, String source,
                               Map<String, Figure> values, List<Area> districts, List<Area> units) {

    /** The schema line every snapshot starts with. */
    public static final String SCHEMA = "dabiao/indicators/v1";

    /** The region the file covers; its figures are the top-level {@code values}. */
    public record Region(Text code, Text name) {
    }

    /**
     * A district, or a unit below the districts (a street or community, listed under {@code units}): its
     * code, its name, and its figures.
     */
    public record Area(Text code, Text name, Map<String, Figure> values) {
    }
}
