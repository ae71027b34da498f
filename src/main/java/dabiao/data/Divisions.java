package dabiao.data;

import dabiao.diagnostics.Locations;
import dabiao.diagnostics.InputException;
import dabiao.diagnostics.Problem;

import dabiao.model.Scope;
import dabiao.model.SourceRef;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The administrative divisions snapshots may name: regions and their districts, counties and zones,
 * with GB/T 2260 codes. The bundled list is {@code dabiao/divisions.csv} (Shanghai and Yangzhou).
 */
public final class Divisions {

    private final Map<String, Scope> regions;
    private final Map<String, List<Scope>> districtsByRegion;
    private final Map<String, Scope> byCode;

    private Divisions(Map<String, Scope> regions, Map<String, List<Scope>> districtsByRegion) {
        this.regions = Collections.unmodifiableMap(regions);
        this.districtsByRegion = Collections.unmodifiableMap(districtsByRegion);
        Map<String, Scope> all = new LinkedHashMap<>(regions);
        districtsByRegion.values().forEach(list -> list.forEach(s -> all.put(s.code(), s)));
        this.byCode = Collections.unmodifiableMap(all);
    }

    /** The bundled reference list. */
    public static Divisions bundled() {
        try (InputStream in = Divisions.class.getResourceAsStream("/dabiao/divisions.csv")) {
            if (in == null) {
                throw new IllegalStateException("dabiao/divisions.csv is missing from the jar");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a divisions file of the same shape as the bundled one, for regions the bundled list lacks.
     *
     * @throws InputException when the file cannot be read or has the wrong header
     */
    public static Divisions read(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader);
        } catch (BadLine e) {
            throw new InputException(Problem.error(new SourceRef(Locations.display(file), e.line, 1), e.key, e.found));
        } catch (IOException e) {
            throw new InputException(Problem.error(SourceRef.of(Locations.display(file)), "divisions.unreadable"));
        }
    }

    /** Reads {@code region_code,region,code,name,...} rows; further columns are ignored. */
    static Divisions parse(BufferedReader reader) throws IOException {
        Map<String, Scope> regions = new LinkedHashMap<>();
        Map<String, List<Scope>> districts = new LinkedHashMap<>();
        String header = reader.readLine();
        if (header == null || !header.startsWith("region_code,region,code,name")) {
            throw new BadLine(1, "divisions.header", header == null ? "" : header);
        }
        int number = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length < 4 || f[0].isBlank() || f[2].isBlank()) {
                throw new BadLine(number, "divisions.row", line);
            }
            regions.putIfAbsent(f[0], Scope.region(f[0], f[1]));
            districts.computeIfAbsent(f[0], k -> new ArrayList<>()).add(Scope.district(f[2], f[3], f[0],
                    functionalZone(f[2])));
        }
        return new Divisions(regions, districts);
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
        final String found;

        BadLine(int line, String key, String found) {
            super(key + " at line " + line);
            this.line = line;
            this.key = key;
            this.found = found;
        }
    }

    /** Every region followed by its districts, in reference order. */
    public List<Scope> all() {
        List<Scope> all = new ArrayList<>();
        regions.values().forEach(r -> {
            all.add(r);
            all.addAll(districtsOf(r.code()));
        });
        return all;
    }

    public Optional<Scope> region(String code) {
        return Optional.ofNullable(regions.get(code));
    }

    /** The districts of a region, in reference order; empty for an unknown region. */
    public List<Scope> districtsOf(String regionCode) {
        return districtsByRegion.getOrDefault(regionCode, List.of());
    }

    /** A region or district by code. */
    public Optional<Scope> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }
}
