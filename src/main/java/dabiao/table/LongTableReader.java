package dabiao.table;

import dabiao.diagnostics.Problem;
import dabiao.input.CsvRows;
import dabiao.input.Figure;
import dabiao.input.Figures;
import dabiao.input.ParsedFile;
import dabiao.input.SnapshotDocument;
import dabiao.input.Text;
import dabiao.model.ScopeLevel;
import dabiao.model.SourceRef;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a long-format table ({@link LongTable}) into one {@link SnapshotDocument} per region and period,
 * the form the YAML reader produces, so that the snapshot validator checks its figures as it checks a
 * file's. Every code, period and figure stands where it was read: the table, the row's line and the
 * column's number (value is column 6 in the written order). What only a table can get wrong (a row of
 * the wrong width, a missing column, a blank key, a parent that is not the region, a figure twice) is
 * reported here, each problem naming its line.
 */
public final class LongTableReader {

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    /** Where each column stands in this table's header (0-based), in {@link LongTable#COLUMNS} order. */
    private final int[] at = new int[LongTable.COLUMNS.size()];
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Map<String, Integer> seen = new HashMap<>();

    private LongTableReader(String file) {
        this.file = file;
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

    /** Reads {@code path}, shown as {@code display}; a file that cannot be read is one problem. */
    public static ParsedFile read(Path path, String display) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder))) {
            return parse(reader, display);
        } catch (CharacterCodingException e) {
            return failed(display, "yaml.not-utf8");
        } catch (NoSuchFileException e) {
            return failed(display, "input.not-found");
        } catch (IOException e) {
            return failed(display, "input.unreadable");
        }
    }

    /** Reads a table's text, shown as {@code display}. */
    public static ParsedFile parse(Reader source, String display) throws IOException {
        LongTableReader table = new LongTableReader(display);
        table.rows(source);
        return new ParsedFile(display, table.groups.values().stream().map(Group::document).toList(), table.problems);
    }

    private static ParsedFile failed(String display, String key) {
        return new ParsedFile(display, List.of(), List.of(Problem.error(SourceRef.of(display), key)));
    }

    private void rows(Reader source) throws IOException {
        int[] width = {-1};
        try {
            CsvRows.read(source, (r, line) -> {
                if (width[0] < 0) {
                    if (!header(r)) {
                        return false;
                    }
                    width[0] = r.size();
                } else if (r.size() != width[0]) {
                    problems.add(Problem.error(new SourceRef(file, line, 1), "long-table.width", r.size(), width[0]));
                } else {
                    row(r, line);
                }
                return true;
            });
            if (width[0] < 0 && problems.isEmpty()) {
                problems.add(Problem.error(new SourceRef(file, 1, 1), "long-table.header", String.join(",", LongTable.COLUMNS)));
            }
        } catch (CsvRows.UnclosedQuote e) {
            problems.add(Problem.error(new SourceRef(file, e.line, 1), "csv.quote"));
        }
    }

    /** Finds each column by its name; false, with the problem, when one is missing. */
    private boolean header(CSVRecord r) {
        List<String> names = r.stream().map(String::strip).toList();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < at.length; i++) {
            at[i] = names.indexOf(LongTable.COLUMNS.get(i));
            if (at[i] < 0) {
                missing.add(LongTable.COLUMNS.get(i));
            }
        }
        if (!missing.isEmpty()) {
            problems.add(Problem.error(new SourceRef(file, 1, 1), "long-table.header-missing", String.join(", ", missing),
                    String.join(",", LongTable.COLUMNS)));
        }
        return missing.isEmpty();
    }

    private void row(CSVRecord r, int line) {
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
            problems.add(Problem.error(where(indicator), "long-table.twice", unit, indicator, period, first));
            return;
        }
        Group g = groups.computeIfAbsent(region.value() + "\u0000" + period.value(), k -> new Group(region, period));
        Map<String, Figure> values = ofRegion ? g.values : (unitParent != null ? g.units : g.districts)
                .computeIfAbsent(unit.value(), k -> new SnapshotDocument.Area(unit, null, new LinkedHashMap<>())).values();
        values.put(indicator.value(), figure(r.get(at[LongTable.VALUE]), line, at[LongTable.VALUE] + 1));
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
