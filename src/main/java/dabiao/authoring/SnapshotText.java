package dabiao.authoring;

import dabiao.diagnostics.Messages;
import dabiao.input.SnapshotDocument;

import dabiao.model.Catalog;
import dabiao.model.Indicator;
import dabiao.model.Lang;
import dabiao.model.Numbers;
import dabiao.model.Observation;
import dabiao.model.Period;
import dabiao.model.Scope;
import dabiao.model.Snapshot;
import dabiao.model.SourceRef;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a snapshot as YAML that a statistician reads and fills in: the schema line editors use, the
 * region and period, then every figure on a line of its own, with the indicator's name and unit and
 * the previous report's figure in a comment. Templates have blank figures; imported tables have theirs.
 */
public final class SnapshotText {

    /** Where the JSON Schema of snapshots lives, relative to an indicator folder. */
    public static final String SCHEMA_FILE = "schema/snapshot.schema.json";

    private static final int COMMENT_COLUMN = 48;

    /**
     * One figure: the indicator, the value as it is to be written (empty for a blank), and where it
     * came from (a spreadsheet cell), or null.
     */
    public record Entry(String indicator, String value, SourceRef from) {
    }

    /** The figures of one scope; {@code from} is where the scope was named (a spreadsheet row), or null. */
    public record Block(Scope scope, List<Entry> entries, SourceRef from) {
    }

    /** The text, and for each line (1-based) that was made from something, where that came from. */
    public record Rendered(String text, Map<Integer, SourceRef> origins) {
    }

    private final Catalog catalog;
    private final Lang lang;

    public SnapshotText(Catalog catalog, Lang lang) {
        this.catalog = catalog;
        this.lang = lang;
    }

    /**
     * @param schemaPath the JSON Schema as the file will reach it, e.g. {@code ../schema/snapshot.schema.json}
     * @param region     the region and its own figures
     * @param districts  every district listed, with its figures
     * @param previous   the region's previous report, whose figures go into comments, or null
     */
    public Rendered render(String schemaPath, Period period, Block region, List<Block> districts, Snapshot previous) {
        Map<String, Double> before = new HashMap<>();
        if (previous != null) {
            for (Observation o : previous.observations()) {
                before.put(o.scope() + "/" + o.indicator(), o.point().value());
            }
        }
        List<String> lines = new ArrayList<>();
        Map<Integer, SourceRef> origins = new HashMap<>();
        lines.add("# yaml-language-server: $schema=" + schemaPath);
        lines.add("# " + Messages.get(lang, "snapshot-text.heading", region.scope().name(), period));
        lines.add("schema: " + SnapshotDocument.SCHEMA);
        lines.add("region: {code: \"" + region.scope().code() + "\", name: " + region.scope().name() + "}");
        lines.add("period: " + period);
        lines.add("# source: " + Messages.get(lang, "snapshot-text.source"));
        if (!region.entries().isEmpty()) {
            lines.add("values:");
            entries(region, "  ", before, previous, lines, origins);
        }
        if (!districts.isEmpty()) {
            lines.add("districts:");
        }
        for (Block d : districts) {
            lines.add("  - code: \"" + d.scope().code() + "\"");
            origin(origins, lines, d.from());
            lines.add("    name: " + d.scope().name());
            origin(origins, lines, d.from());
            if (!d.entries().isEmpty()) {
                lines.add("    values:");
                entries(d, "      ", before, previous, lines, origins);
            }
        }
        return new Rendered(String.join("\n", lines) + "\n", origins);
    }

    private void entries(Block block, String indent, Map<String, Double> before, Snapshot previous,
                         List<String> lines, Map<Integer, SourceRef> origins) {
        for (Entry e : block.entries()) {
            String figure = indent + e.indicator() + ":" + (e.value().isEmpty() ? "" : " " + e.value());
            Indicator indicator = catalog.get(e.indicator());
            String comment = Messages.get(lang, "snapshot-text.indicator", indicator.name(lang), indicator.unit(lang));
            Double last = before.get(block.scope().code() + "/" + e.indicator());
            if (last != null) {
                comment += Messages.get(lang, "snapshot-text.previous", previous.period(), Numbers.plain(last));
            }
            lines.add(figure + " ".repeat(Math.max(1, COMMENT_COLUMN - figure.length())) + "# " + comment);
            origin(origins, lines, e.from());
        }
    }

    private static void origin(Map<Integer, SourceRef> origins, List<String> lines, SourceRef from) {
        if (from != null) {
            origins.put(lines.size(), from);
        }
    }

    /**
     * The schema as a file written to {@code output} reaches it: relative to where it is written, or, for
     * text on stdout, as from a region's folder ({@code indicators/shanghai/}).
     */
    public static String schemaPath(Path indicatorFolder, Path output) {
        if (output == null) {
            return "../" + SCHEMA_FILE;
        }
        Path from = output.toAbsolutePath().normalize().getParent();
        Path schema = indicatorFolder.resolve(SCHEMA_FILE).toAbsolutePath().normalize();
        return from.relativize(schema).toString().replace('\\', '/');
    }

    /** {@code text} as a double-quoted YAML string. */
    public static String quoted(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
