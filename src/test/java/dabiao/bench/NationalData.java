package dabiao.bench;

import dabiao.input.CatalogReader;
import dabiao.model.Basis;
import dabiao.model.Catalog;
import dabiao.model.Indicator;
import dabiao.model.IndicatorKind;
import dabiao.model.Period;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a synthetic national data set for the benchmark: {@code regions} provinces with {@code districts}
 * county-level units in all, {@code quarters} quarters each ending 2026-Q3, and a figure for every
 * non-derived catalog indicator. Seeded and deterministic: the same arguments give the same bytes.
 *
 * <p>Alongside the snapshots it writes the divisions they use ({@code divisions.csv}) and the bundled rules
 * with their scopes widened from Shanghai or Yangzhou to every region ({@code rules/}), so that the full
 * rule base applies to every synthetic province.
 */
public final class NationalData {

    /** The 31 provincial-level codes of mainland China, used as synthetic region codes. */
    static final String[] PROVINCES = {"110000", "120000", "130000", "140000", "150000", "210000", "220000",
            "230000", "310000", "320000", "330000", "340000", "350000", "360000", "370000", "410000", "420000",
            "430000", "440000", "450000", "460000", "500000", "510000", "520000", "530000", "540000", "610000",
            "620000", "630000", "640000", "650000"};

    private static final Pattern REGION_SCOPE = Pattern.compile("Scope\\(code == \"\\d{6}\"\\)");
    private static final Pattern DISTRICT_SCOPE = Pattern.compile("Scope\\(region == \"\\d{6}\", district((?:, [^)]*)?)\\)");
    private static final Pattern CITY_AND_DISTRICTS = Pattern.compile("Scope\\(region == \"\\d{6}\"\\)");

    private final int regions;
    private final int districts;
    private final int quarters;
    private final long seed;

    public NationalData(int regions, int districts, int quarters, long seed) {
        if (regions < 1 || regions > PROVINCES.length || districts < regions || quarters < 1) {
            throw new IllegalArgumentException("need 1–31 regions, at least one district per region, and quarters");
        }
        this.regions = regions;
        this.districts = districts;
        this.quarters = quarters;
        this.seed = seed;
    }

    /** The periods written: {@code quarters} quarters ending 2026-Q3. */
    List<Period> periods() {
        List<Period> periods = new ArrayList<>();
        Period p = new Period(2026, 3);
        for (int i = 0; i < quarters; i++) {
            periods.add(0, p);
            p = p.quarter() == 1 ? new Period(p.year() - 1, 4) : new Period(p.year(), p.quarter() - 1);
        }
        return periods;
    }

    /** Writes {@code indicators/} (catalog and snapshots), {@code divisions.csv} and {@code rules/} below {@code root}. */
    public void write(Path root, Path catalogFile, Path rulesFolder) throws IOException {
        Catalog catalog = CatalogReader.read(catalogFile, catalogFile.toString());
        Path indicators = root.resolve("indicators");
        Files.createDirectories(indicators);
        Files.copy(catalogFile, indicators.resolve("catalog.yaml"));
        widenRules(rulesFolder, root.resolve("rules"));
        List<Indicator> reported = catalog.indicators().stream().filter(i -> !i.derived()).toList();
        List<Period> periods = periods();
        try (BufferedWriter csv = Files.newBufferedWriter(root.resolve("divisions.csv"), StandardCharsets.UTF_8)) {
            csv.write("region_code,region,code,name\n");
            for (int r = 0; r < regions; r++) {
                String region = PROVINCES[r];
                int count = districtsOf(r);
                for (int d = 0; d < count; d++) {
                    csv.write(region + ",省" + region + "," + districtCode(region, d) + ",县" + districtCode(region, d) + "\n");
                }
                Path folder = indicators.resolve(region);
                Files.createDirectories(folder);
                for (int q = 0; q < periods.size(); q++) {
                    writeSnapshot(folder.resolve(periods.get(q) + ".yaml"), region, count, periods.get(q), q, reported);
                }
            }
        }
    }

    /** Districts per region: the total spread evenly, the remainder to the first regions. */
    int districtsOf(int region) {
        return districts / regions + (region < districts % regions ? 1 : 0);
    }

    static String districtCode(String region, int index) {
        return region.substring(0, 2) + String.format("%04d", 101 + index);
    }

    private void writeSnapshot(Path file, String region, int count, Period period, int step, List<Indicator> reported)
            throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("schema: dabiao/indicators/v1\n");
            w.write("region: {code: \"" + region + "\", name: 省" + region + "}\n");
            w.write("period: " + period + "\n");
            w.write("source: synthetic benchmark data (seed " + seed + ")\n");
            w.write("values:\n");
            for (Indicator i : reported) {
                w.write("  " + i.code() + ": " + figure(i, region, step, period, true) + "\n");
            }
            w.write("districts:\n");
            for (int d = 0; d < count; d++) {
                String code = districtCode(region, d);
                w.write("  - code: \"" + code + "\"\n    name: 县" + code + "\n    values:\n");
                for (Indicator i : reported) {
                    if (i.byDistrict()) {
                        w.write("      " + i.code() + ": " + figure(i, code, step, period, false) + "\n");
                    }
                }
            }
        }
    }

    /** A figure on a per-scope trend with noise; the random stream depends only on seed, scope and indicator. */
    private String figure(Indicator i, String scope, int step, Period period, boolean region) {
        SplittableRandom random = new SplittableRandom(seed ^ scope.hashCode() * 31L ^ i.code().hashCode());
        double scale = region ? 40 : 1;
        double start = switch (i.kind()) {
            case PERCENT -> 40 + 40 * random.nextDouble();
            case AMOUNT -> scale * 1e8 * (1 + 9 * random.nextDouble());
            case COUNT -> i.code().equals("resident_population") ? scale * (200_000 + 800_000 * random.nextDouble())
                    : scale * (10 + 990 * random.nextDouble());
            case PER_CAPITA, MEASURE -> 1 + 20 * random.nextDouble();
        };
        double growth = -0.01 + 0.05 * random.nextDouble();
        double noise = 1 + 0.02 * (new SplittableRandom(seed + step * 7919L + scope.hashCode()).nextDouble() - 0.5);
        double value;
        if (i.basis() == Basis.YEAR_TO_DATE) {
            value = start * period.quarter() / 4.0;
        } else if (i.basis() == Basis.CUMULATIVE) {
            value = start * (step + 1) / 4.0;
        } else {
            value = start * Math.pow(1 + growth, step / 4.0) * noise;
        }
        if (i.kind() == IndicatorKind.PERCENT) {
            return String.format("%.1f", Math.min(100, value));
        }
        if (i.kind() == IndicatorKind.COUNT || i.kind() == IndicatorKind.AMOUNT) {
            return Long.toString(Math.round(value));
        }
        return String.format("%.2f", value);
    }

    /** Copies the rules, widening every region's scope to every region, so each province has every target. */
    static void widenRules(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                text = REGION_SCOPE.matcher(text).replaceAll("Scope(district == false)");
                text = DISTRICT_SCOPE.matcher(text).replaceAll("Scope(district$1)");
                text = CITY_AND_DISTRICTS.matcher(text).replaceAll("Scope()");
                Files.writeString(to.resolve(f.getFileName()), text, StandardCharsets.UTF_8);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
