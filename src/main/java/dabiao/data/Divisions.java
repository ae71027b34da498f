package dabiao.data;

import dabiao.diagnostics.Locations;
import dabiao.diagnostics.InputException;
import dabiao.diagnostics.Problem;
import dabiao.input.CsvRows;

import dabiao.model.Scope;
import dabiao.model.ScopeLevel;
import dabiao.model.SourceRef;

import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The administrative divisions snapshots may name: regions and their districts, counties and zones,
 * with GB/T 2260 codes, and the units below them (streets and towns, communities and villages) with
 * NBS statistical division codes of 9 and 12 digits, whose first 6 or 9 digits are the code of the unit
 * they lie in. The bundled list is {@code dabiao/divisions.csv} (Shanghai and Yangzhou, and one
 * district's streets and communities as an example).
 */
public final class Divisions {

    private final Map<String, Scope> regions;
    private final Map<String, List<Scope>> districtsByRegion;
    private final Map<String, List<Scope>> unitsByRegion;
    private final Map<String, Scope> byCode;

    private Divisions(Map<String, Scope> regions, Map<String, List<Scope>> districtsByRegion,
                      Map<String, List<Scope>> unitsByRegion) {
        this.regions = Collections.unmodifiableMap(regions);
        this.districtsByRegion = Collections.unmodifiableMap(districtsByRegion);
        this.unitsByRegion = Collections.unmodifiableMap(unitsByRegion);
        Map<String, Scope> all = new LinkedHashMap<>(regions);
        districtsByRegion.values().forEach(list -> list.forEach(s -> all.put(s.code(), s)));
        unitsByRegion.values().forEach(list -> list.forEach(s -> all.put(s.code(), s)));
        this.byCode = Collections.unmodifiableMap(all);
    }

    /** The columns every divisions file starts with; further columns are kept for people and ignored here. */
    private static final String[] COLUMNS = {"region_code", "region", "code", "name"};

    /** The bundled reference list. */
    public static Divisions bundled() {
        try (InputStream in = Divisions.class.getResourceAsStream("/dabiao/divisions.csv")) {
            if (in == null) {
                throw new IllegalStateException("dabiao/divisions.csv is missing from the jar");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a divisions file of the same shape as the bundled one, for regions the bundled list lacks.
     *
     * @throws InputException when the file cannot be read or is not a divisions file, naming the line
     */
    public static Divisions read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, Locations.display(file));
        } catch (IOException e) {
            throw new InputException(Problem.error(SourceRef.of(Locations.display(file)), "divisions.unreadable"));
        }
    }

    /**
     * As {@link #read(Path)}, from a divisions file's text read elsewhere (by another JVM, which sent it),
     * shown as {@code display}.
     *
     * @throws InputException when it is not a divisions file, naming the line
     */
    public static Divisions read(Reader source, String display) throws IOException {
        try {
            return parse(source);
        } catch (BadLine e) {
            throw new InputException(Problem.error(new SourceRef(display, e.line, 1), e.key, e.found));
        }
    }

    /**
     * Reads {@code region_code,region,code,name,...} rows; further columns are ignored. A unit below the
     * district follows the unit it lies in (a street after its district, a community after its street).
     */
    static Divisions parse(Reader source) throws IOException {
        Map<String, Scope> regions = new LinkedHashMap<>();
        Map<String, List<Scope>> districts = new LinkedHashMap<>();
        Map<String, List<Scope>> units = new LinkedHashMap<>();
        Map<String, Scope> seen = new HashMap<>();
        boolean[] header = {false};
        try {
            CsvRows.read(source, (r, line) -> {
                if (!header[0]) {
                    if (!isHeader(r)) {
                        throw new BadLine(line, "divisions.header", String.join(",", r.values()));
                    }
                    header[0] = true;
                    return true;
                }
                if (r.size() < COLUMNS.length || r.get(0).isBlank() || r.get(2).isBlank()) {
                    throw new BadLine(line, "divisions.row", String.join(",", r.values()));
                }
                String region = r.get(0).strip();
                String code = r.get(2).strip();
                regions.putIfAbsent(region, Scope.region(region, r.get(1).strip()));
                Scope scope = scope(region, code, r.get(3).strip(), seen, line);
                seen.put(code, scope);
                (scope.district() ? districts : units).computeIfAbsent(region, k -> new ArrayList<>()).add(scope);
                return true;
            });
        } catch (CsvRows.UnclosedQuote e) {
            throw new BadLine(e.line, "csv.quote");
        }
        if (!header[0]) {
            throw new BadLine(1, "divisions.header", "");
        }
        return new Divisions(regions, districts, units);
    }

    /**
     * A row's division: a district for a code of any length but 9 and 12 (GB/T 2260 county codes have
     * 6 digits; benchmarks use others), else a unit whose parent, named by the code's first 6 or 9
     * digits, must be a row above it of the same region.
     */
    private static Scope scope(String region, String code, String name, Map<String, Scope> seen, int line)
            throws BadLine {
        String parentCode = ScopeLevel.unitParent(code);
        if (parentCode == null) {
            return Scope.district(code, name, region, functionalZone(code));
        }
        ScopeLevel level = ScopeLevel.ofUnitCode(code);
        Scope parent = seen.get(parentCode);
        if (parent == null || !parent.region().equals(region) || parent.level().ordinal() != level.ordinal() - 1) {
            throw new BadLine(line, "divisions.parent", code, parentCode);
        }
        return Scope.unit(code, name, region, parentCode, level);
    }

    private static boolean isHeader(CSVRecord r) {
        if (r.size() < COLUMNS.length) {
            return false;
        }
        for (int i = 0; i < COLUMNS.length; i++) {
            if (!r.get(i).strip().equals(COLUMNS[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a county-level code is a functional zone: the NBS statistical division codes give
     * development zones and other 功能区 the county digits 71–79 (321071 扬州经济技术开发区).
     */
    static boolean functionalZone(String code) {
        return code.length() >= 6 && code.charAt(4) == '7' && code.charAt(5) >= '1' && code.charAt(5) <= '9';
    }

    /** A line of a divisions file that is not a division: where, and what was found. */
    static final class BadLine extends IOException {
        final int line;
        final String key;
        final Object[] found;

        BadLine(int line, String key, Object... found) {
            super(key + " at line " + line);
            this.line = line;
            this.key = key;
            this.found = found;
        }
    }

    /** Every region followed by its districts and the units below them, in reference order. */
    public List<Scope> all() {
        List<Scope> all = new ArrayList<>();
        regions.values().forEach(r -> {
            all.add(r);
            all.addAll(districtsOf(r.code()));
            all.addAll(unitsOf(r.code()));
        });
        return all;
    }

    /** The regions' codes, in reference order. */
    public List<String> regionCodes() {
        return List.copyOf(regions.keySet());
    }

    public Optional<Scope> region(String code) {
        return Optional.ofNullable(regions.get(code));
    }

    /** The districts of a region, in reference order; empty for an unknown region. */
    public List<Scope> districtsOf(String regionCode) {
        return districtsByRegion.getOrDefault(regionCode, List.of());
    }

    /**
     * The units below the districts of a region, streets and communities, in reference order; empty for
     * a region listed without them.
     */
    public List<Scope> unitsOf(String regionCode) {
        return unitsByRegion.getOrDefault(regionCode, List.of());
    }

    /** A region, district or unit below a district, by code. */
    public Optional<Scope> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }
}
