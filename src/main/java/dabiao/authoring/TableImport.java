package dabiao.authoring;

import dabiao.data.Divisions;
import dabiao.diagnostics.Problem;
import dabiao.diagnostics.Suggestions;
import dabiao.validation.SnapshotValidator;
import dabiao.validation.Validation;

import dabiao.model.Catalog;
import dabiao.model.Indicator;
import dabiao.model.Lang;
import dabiao.model.Period;
import dabiao.model.Scope;
import dabiao.model.Snapshot;
import dabiao.model.SourceRef;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns a district table (one row per district, one column per indicator, named by code or Chinese
 * name) into a snapshot, and checks it with the validator every snapshot goes through. Problems name
 * the table's cells, not the lines of the YAML made from them.
 */
public final class TableImport {

    private static final Set<String> CODE_HEADERS = Set.of("code", "代码", "区划代码", "行政区划代码", "地区代码");
    private static final Set<String> NAME_HEADERS = Set.of("name", "district", "名称", "地区", "区县", "区", "区县名称", "地区名称");
    /** Row names that mean the region as a whole, besides its own name. */
    private static final Set<String> REGION_ROWS = Set.of("全市", "合计", "全市合计", "总计");

    /** The snapshot's text (usable only when no problem is an error), and every problem found. */
    public record Result(String text, List<Problem> problems) {
    }

    private final Catalog catalog;
    private final Divisions divisions;
    private final SnapshotValidator validator;

    public TableImport(Catalog catalog, Divisions divisions) {
        this.catalog = catalog;
        this.divisions = divisions;
        this.validator = new SnapshotValidator(catalog, divisions);
    }

    /**
     * @param previous the region's previous report, for the comments, or null
     * @param others   the valid reports beside it, which the new snapshot is checked against as a file
     *                 among them would be (what changed since, a year against its Q4, running totals)
     */
    public Result convert(Table table, Scope region, Period period, Snapshot previous, List<Snapshot> others,
                          String schemaPath, Lang lang) {
        String file = table.display();
        List<Problem> problems = new ArrayList<>();
        List<Table.Cell> header = table.rows().stream().filter(r -> r.stream().anyMatch(c -> !c.blank()))
                .findFirst().orElse(null);
        if (header == null) {
            return new Result("", List.of(Problem.error(SourceRef.of(file), "import.empty")));
        }
        Integer codeColumn = null;
        Integer nameColumn = null;
        Map<Integer, String> indicators = new LinkedHashMap<>();
        Map<String, Table.Cell> seen = new HashMap<>();
        for (Table.Cell c : header) {
            String h = c.asText();
            if (h.isEmpty()) {
                continue;
            }
            if (CODE_HEADERS.contains(h.toLowerCase(Locale.ROOT))) {
                codeColumn = c.column();
                continue;
            }
            if (NAME_HEADERS.contains(h.toLowerCase(Locale.ROOT))) {
                nameColumn = c.column();
                continue;
            }
            Optional<Indicator> indicator = indicatorNamed(h);
            if (indicator.isEmpty()) {
                problems.add(unknownColumn(h, c.at(file)));
                continue;
            }
            Table.Cell first = seen.putIfAbsent(indicator.get().code(), c);
            if (first != null) {
                problems.add(Problem.error(c.at(file), "import.column-twice", h, indicator.get().code(), first.column()));
                continue;
            }
            indicators.put(c.column(), indicator.get().code());
        }
        if (codeColumn == null && nameColumn == null) {
            problems.add(Problem.error(new SourceRef(file, header.get(0).row(), 1), "import.no-district-column"));
            return new Result("", problems);
        }

        SnapshotText.Block own = null;
        Map<String, SnapshotText.Block> districts = new LinkedHashMap<>();
        int headerRow = header.get(0).row();
        for (List<Table.Cell> row : table.rows()) {
            if (row.isEmpty() || row.get(0).row() <= headerRow || row.stream().allMatch(Table.Cell::blank)) {
                continue;
            }
            Table.Cell code = cellAt(row, codeColumn);
            Table.Cell name = cellAt(row, nameColumn);
            Table.Cell where = code != null && !code.blank() ? code : name != null ? name : row.get(0);
            Scope scope = scopeOf(code, name, region, file, problems);
            if (scope == null) {
                continue;
            }
            SnapshotText.Block earlier = scope.district() ? districts.get(scope.code()) : own;
            if (earlier != null) {
                problems.add(Problem.error(where.at(file), "snapshot.district-twice", scope.code(), earlier.from().line()));
                continue;
            }
            List<SnapshotText.Entry> entries = new ArrayList<>();
            indicators.forEach((column, indicator) -> {
                Table.Cell c = cellAt(row, column);
                SourceRef at = c != null ? c.at(file) : new SourceRef(file, where.row(), column);
                entries.add(new SnapshotText.Entry(indicator, yaml(c), at));
            });
            SnapshotText.Block block = new SnapshotText.Block(scope, entries, where.at(file));
            if (scope.district()) {
                districts.put(scope.code(), block);
            } else {
                own = block;
            }
        }
        if (own == null) {
            own = new SnapshotText.Block(region, List.of(), null);
        }
        SnapshotText.Rendered rendered = new SnapshotText(catalog, lang)
                .render(schemaPath, period, own, List.copyOf(districts.values()), previous);
        SnapshotValidator.Result checked = validator.validate(rendered.text(), Path.of(period + ".yaml"), file);
        List<Problem> found = new ArrayList<>(checked.problems());
        if (checked.snapshot() != null) {
            found.addAll(Validation.againstOthers(checked, others, validator));
        }
        for (Problem p : found) {
            problems.add(p.at(rendered.origins().getOrDefault(p.where().line(), SourceRef.of(file))));
        }
        problems.sort(Comparator.comparingInt((Problem p) -> p.where().line()).thenComparingInt(p -> p.where().column()));
        return new Result(rendered.text(), problems);
    }

    /** By code, by Chinese name (with or without its unit in brackets), or by English name. */
    private Optional<Indicator> indicatorNamed(String header) {
        String bare = header.replaceFirst("\\s*[（(][^（）()]*[)）]\\s*$", "");
        return catalog.indicators().stream()
                .filter(i -> i.code().equals(header) || i.name().equals(header) || i.name().equals(bare)
                        || i.nameEn().equalsIgnoreCase(header) || i.nameEn().equalsIgnoreCase(bare))
                .findFirst();
    }

    private Problem unknownColumn(String header, SourceRef where) {
        List<String> known = catalog.indicators().stream().flatMap(i -> Stream.of(i.code(), i.name())).toList();
        List<String> close = Suggestions.closest(header, known);
        return close.isEmpty() ? Problem.error(where, "import.unknown-column", header)
                : Problem.error(where, "import.unknown-column-suggest", header, String.join(", ", close));
    }

    private Scope scopeOf(Table.Cell code, Table.Cell name, Scope region, String file, List<Problem> problems) {
        String c = code == null ? "" : code.asText();
        String n = name == null ? "" : name.asText();
        if (c.equals(region.code()) || c.isEmpty() && (n.equals(region.name()) || REGION_ROWS.contains(n))) {
            return region;
        }
        if (c.isEmpty() && n.isEmpty()) {
            Table.Cell at = name != null ? name : code;
            problems.add(Problem.error(at == null ? SourceRef.of(file) : at.at(file), "snapshot.district-code-missing"));
            return null;
        }
        Optional<Scope> found = c.isEmpty()
                ? divisions.districtsOf(region.code()).stream().filter(d -> d.name().equals(n)).findFirst()
                : divisions.districtsOf(region.code()).stream().filter(d -> d.code().equals(c)).findFirst();
        if (found.isEmpty()) {
            problems.add(c.isEmpty()
                    ? Problem.error(name.at(file), "import.district-name-unknown", n, region.name())
                    : Problem.error(code.at(file), "snapshot.district-unknown", c, region.name()));
            return null;
        }
        if (!c.isEmpty() && !n.isEmpty() && !n.equals(found.get().name())) {
            problems.add(Problem.error(name.at(file), "snapshot.name-mismatch", n, c, found.get().name()));
            return null;
        }
        return found.get();
    }

    private static Table.Cell cellAt(List<Table.Cell> row, Integer column) {
        if (column == null) {
            return null;
        }
        return row.stream().filter(c -> c.column() == column).findFirst().orElse(null);
    }

    /**
     * A cell as a YAML figure: a number as it is, text quoted for the validator to read (5.3万, and 02470,
     * which unquoted YAML would read as octal), blank empty.
     */
    private static String yaml(Table.Cell c) {
        if (c == null || c.blank()) {
            return "";
        }
        String text = c.asText();
        return c.number() != null || text.matches("-?(0|[1-9]\\d*)(\\.\\d+)?") ? text : SnapshotText.quoted(text);
    }
}
