package dabiao.table;

import dabiao.diagnostics.Problem;
import dabiao.input.Figure;
import dabiao.input.Figures;
import dabiao.input.ParsedFile;
import dabiao.input.SnapshotDocument;
import dabiao.input.Text;
import dabiao.model.ScopeLevel;
import dabiao.model.SourceRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The rows of a long-format table ({@link LongTable}), however they were read (CSV, Parquet, a Spark
 * partition), made into one {@link SnapshotDocument} per region and period, the form the YAML reader
 * produces, so that the snapshot validator checks their figures as it checks a file's. Every code, period
 * and figure stands where it was read: the file, the row's number and the column's. A table may be read
 * from several files (the part files of a folder), whose rows join as one table's: a region and period
 * may be spread over them. What only a table can get wrong (a blank key, a parent that is not the
 * region, a figure twice, a bad source line) is reported here, each problem naming its row.
 */
public final class LongTableReader {

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    /** Where each column stands in a row's cells (0-based), in {@link LongTable#COLUMNS} order. */
    private int[] at = IntStream.range(0, LongTable.COLUMNS.size()).toArray();
    /** The fewest cells a row needs: one more than the farthest of {@link #at}. */
    private int width = at.length;
    /** By region and period, so that the documents come in that order whatever the rows' (a Spark folder's is any). */
    private final Map<String, Group> groups = new TreeMap<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private final Map<SourceRef, SourceRef> sources = new HashMap<>();
    /**
     * The files read, by the number before their first row: rows are numbered on across files, so that the
     * documents of one table have one numbering; {@link ParsedFile#locate} gives each row its own file's.
     */
    private final NavigableMap<Integer, String> parts = new TreeMap<>();
    private int offset;
    private int last;

    /**
     * The rows of the table shown as {@code file} (a path or any name): the rows added come from that file,
     * their cells in {@link LongTable#COLUMNS} order, until {@link #part} says otherwise.
     */
    public LongTableReader(String file) {
        this.file = Objects.requireNonNull(file, "file must not be null");
        parts.put(0, file);
    }

    /**
     * The rows added next come from {@code partFile}, numbered from its own start, their cells standing as
     * there: {@code at[c]} is where the column {@code LongTable.COLUMNS.get(c)} stands in a row (0-based);
     * its column in messages is one more.
     */
    public void part(String partFile, int[] at) {
        if (at.length != LongTable.COLUMNS.size()) {
            throw new IllegalArgumentException("one position per column of LongTable.COLUMNS, not " + at.length);
        }
        this.at = at.clone();
        width = IntStream.of(at).max().orElse(0) + 1;
        offset = last;
        parts.put(offset, Objects.requireNonNull(partFile, "partFile must not be null"));
    }

    /**
     * The rows added next come from {@code partFile}, whose header row (at {@code line}) names its columns
     * {@code names}: each column is found by its name, in any order, further ones ignored. False, with the
     * problem, when one is missing; the rows of such a file cannot be read.
     */
    public boolean header(List<String> names, String partFile, int line) {
        List<String> stripped = names.stream().map(String::strip).toList();
        int[] positions = new int[LongTable.COLUMNS.size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < positions.length; i++) {
            positions[i] = stripped.indexOf(LongTable.COLUMNS.get(i));
            if (positions[i] < 0) {
                missing.add(LongTable.COLUMNS.get(i));
            }
        }
        if (!missing.isEmpty()) {
            problems.add(Problem.error(new SourceRef(partFile, line, 1), "long-table.header-missing",
                    String.join(", ", missing), String.join(",", LongTable.COLUMNS)));
            return false;
        }
        part(partFile, positions);
        return true;
    }

    /** A region and period's rows, as a snapshot document is built from them. */
    private static final class Group {
        final Text region;
        final Text period;
        final Map<String, Figure> values = new LinkedHashMap<>();
        final Map<String, SnapshotDocument.Area> districts = new LinkedHashMap<>();
        final Map<String, SnapshotDocument.Area> units = new LinkedHashMap<>();

        Group(Text region, Text period) {
            this.region = region;
            this.period = period;
        }

        SnapshotDocument document() {
            return new SnapshotDocument(new Text(SnapshotDocument.SCHEMA, region.line(), region.column()),
                    new SnapshotDocument.Region(region, null), period, null, values, List.copyOf(districts.values()),
                    List.copyOf(units.values()));
        }
    }

    /** A problem of the table as a whole or of a row as read (the wrong number of fields), reported with the rows'. */
    public void problem(Problem problem) {
        problems.add(Objects.requireNonNull(problem, "problem must not be null"));
    }

    /** The documents of every row given, the problems found, and the figures' sources. */
    public ParsedFile parsed() {
        // Problems are found with the rows' table-wide numbers, and named by their own file's.
        ParsedFile parsed = new ParsedFile(file, groups.values().stream().map(Group::document).toList(), problems,
                sources, parts);
        return new ParsedFile(file, parsed.documents(), problems.stream().map(parsed::locate).toList(), sources, parts);
    }

    /**
     * Reads one row: {@code cells} holds the text of each cell (empty or null where there is none), and
     * {@code line} is the row's number in messages (a CSV file's line, a Parquet file's 1-based row).
     */
    public void add(List<String> cells, int line) {
        if (cells.size() < width) {
            throw new IllegalArgumentException("a row of " + cells.size() + " cells, not " + width);
        }
        last = Math.max(last, offset + line);
        row(cells.contains(null) ? cells.stream().map(c -> c == null ? "" : c).toList() : cells, offset + line);
    }

    private void row(List<String> r, int line) {
        Text[] cells = new Text[LongTable.VALUE];
        boolean blank = false;
        for (int c = 0; c < cells.length; c++) {
            cells[c] = new Text(r.get(at[c]).strip(), line, at[c] + 1);
            if (c != LongTable.PARENT && cells[c].value().isEmpty()) {
                problems.add(Problem.error(where(cells[c]), "long-table.blank", LongTable.COLUMNS.get(c)));
                blank = true;
            }
        }
        if (blank) {
            return;
        }
        Text region = cells[LongTable.REGION];
        Text unit = cells[LongTable.UNIT];
        Text parent = cells[LongTable.PARENT];
        Text indicator = cells[LongTable.INDICATOR];
        Text period = cells[LongTable.PERIOD];
        boolean ofRegion = unit.value().equals(region.value());
        String unitParent = ScopeLevel.unitParent(unit.value());
        String expected = ofRegion ? "" : unitParent != null ? unitParent : region.value();
        if (!parent.value().equals(expected)) {
            problems.add(Problem.error(where(parent), ofRegion ? "long-table.parent-of-region" : "long-table.parent",
                    unit, parent, ofRegion ? region : expected));
            return;
        }
        Integer first = seen.putIfAbsent(String.join("\u0000", region.value(), period.value(), unit.value(),
                indicator.value()), line);
        if (first != null) {
            problems.add(Problem.error(where(indicator), "long-table.twice", unit, indicator, period, new SourceRef(file, first, 0)));
            return;
        }
        Group g = groups.computeIfAbsent(region.value() + "\u0000" + period.value(), k -> new Group(region, period));
        Map<String, Figure> values = ofRegion ? g.values : (unitParent != null ? g.units : g.districts)
                .computeIfAbsent(unit.value(), k -> new SnapshotDocument.Area(unit, null, new LinkedHashMap<>())).values();
        values.put(indicator.value(), figure(r.get(at[LongTable.VALUE]), line, at[LongTable.VALUE] + 1));
        source(r, line);
    }

    /**
     * Where the row says its figure was typed (source_file and source_line, as export writes them): the
     * figure's evidence once it is valid. Without a source_file the row is its own source.
     */
    private void source(List<String> r, int line) {
        String sourceFile = r.get(at[LongTable.SOURCE_FILE]).strip();
        String sourceLine = r.get(at[LongTable.SOURCE_LINE]).strip();
        int number = sourceLine.matches("[1-9]\\d{0,8}") ? Integer.parseInt(sourceLine) : -1;
        if (!sourceLine.isEmpty() && number < 0) {
            problems.add(Problem.error(new SourceRef(file, line, at[LongTable.SOURCE_LINE] + 1), "long-table.source-line",
                    sourceLine));
        } else if (!sourceFile.isEmpty()) {
            sources.put(new SourceRef(file, line, at[LongTable.VALUE] + 1), new SourceRef(sourceFile, Math.max(number, 0), 0));
        }
    }

    /** A value cell as the YAML reader reads a quoted figure: blank is not reported, text as people type it. */
    private static Figure figure(String text, int line, int column) {
        return text.isBlank() ? new Figure(text, null, true, line, column)
                : new Figure(text, Figures.parse(text), false, line, column);
    }

    private SourceRef where(Text t) {
        return new SourceRef(file, t.line(), t.column());
    }
}
