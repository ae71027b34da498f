package dabiao.bench;

import dabiao.input.CatalogReader;
import dabiao.model.Basis;
import dabiao.model.Catalog;
import dabiao.model.Indicator;
import dabiao.model.IndicatorKind;
import dabiao.model.Period;
import dabiao.model.ScopeLevel;
import dabiao.table.LongTable;
import dabiao.table.LongTableFormat;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a synthetic national data set for the benchmark: {@code regions} provinces with {@code districts}
 * county-level units in all, optionally {@code streets} streets and {@code communities} communities below
 * them, {@code quarters} quarters each ending 2026-Q3, and a figure for every non-derived catalog
 * indicator at every level it is reported at (a community reports only its own indicators, such as
 * {@code children_home_set_up}). Seeded and deterministic: the same arguments give the same bytes.
 *
 * <p>Alongside the figures it writes the divisions they use ({@code divisions.csv}) and the bundled rules
 * with their scopes widened from Shanghai or Yangzhou to every region ({@code rules/}), so that the full
 * rule base applies to every synthetic province. The figures go to YAML snapshots ({@link #write}) or, at
 * sizes no one would keep as YAML, straight to a long-format table ({@link #writeTable}).
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
    private static final Pattern UNIT_SCOPE = Pattern.compile("Scope\\(region == \"\\d{6}\", (level == ScopeLevel\\.\\w+)\\)");

    private final int regions;
    private final int districts;
    private final int streets;
    private final int communities;
    private final int quarters;
    private final long seed;

    public NationalData(int regions, int districts, int quarters, long seed) {
        this(regions, districts, 0, 0, quarters, seed);
    }

    public NationalData(int regions, int districts, int streets, int communities, int quarters, long seed) {
        if (regions < 1 || regions > PROVINCES.length || districts < regions || quarters < 1
                || (streets > 0 && streets < districts) || (communities > 0 && communities < streets)
                || (communities > 0 && streets == 0) || districts / regions > 9_000 || streets / districts > 999
                || (streets > 0 && communities / streets > 999)) {
            throw new IllegalArgumentException("need 1–31 regions, at least one district per region (at most 9,000), "
                    + "at least one street per district and one community per street where there are any "
                    + "(at most 999 each), and quarters");
        }
        this.regions = regions;
        this.districts = districts;
        this.streets = streets;
        this.communities = communities;
        this.quarters = quarters;
        this.seed = seed;
    }

    /** Where the generated figures go: one call per figure, region by region, period by period. */
    interface Sink {
        /** A region's period begins; {@code region} is its code. */
        void period(String region, Period period) throws IOException;

        /**
         * A figure of {@code unit}, which lies in {@code parent} (null for the region itself); the level says
         * which list of a snapshot it belongs to.
         */
        void figure(ScopeLevel level, String unit, String name, String parent, Indicator indicator, String value)
                throws IOException;
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
        Catalog catalog = prepare(root, catalogFile, rulesFolder);
        Files.copy(catalogFile, root.resolve("indicators").resolve("catalog.yaml"));
        try (YamlSink yaml = new YamlSink(root.resolve("indicators"))) {
            figures(catalog, yaml);
        }
    }

    /**
     * Writes the figures as one long-format table ({@code table}, CSV or Parquet by its extension) instead of snapshots, beside
     * {@code indicators/catalog.yaml}, {@code divisions.csv} and {@code rules/} below {@code root}. Rows are
     * streamed: the size is bounded by the disk, not the heap.
     *
     * @return the number of rows written
     */
    public long writeTable(Path root, Path catalogFile, Path rulesFolder, Path table) throws IOException {
        Catalog catalog = prepare(root, catalogFile, rulesFolder);
        Files.copy(catalogFile, root.resolve("indicators").resolve("catalog.yaml"), StandardCopyOption.REPLACE_EXISTING);
        try (TableSink rows = new TableSink(table, "generated:seed-" + seed)) {
            figures(catalog, rows);
            return rows.row - 1;
        }
    }

    private Catalog prepare(Path root, Path catalogFile, Path rulesFolder) throws IOException {
        Files.createDirectories(root.resolve("indicators"));
        widenRules(rulesFolder, root.resolve("rules"));
        writeDivisions(root.resolve("divisions.csv"));
        return CatalogReader.read(catalogFile, catalogFile.toString());
    }

    private void writeDivisions(Path file) throws IOException {
        try (BufferedWriter csv = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            csv.write("region_code,region,code,name\n");
            for (int r = 0; r < regions; r++) {
                String region = PROVINCES[r];
                for (int d = 0; d < districtsOf(r); d++) {
                    String district = districtCode(region, d);
                    csv.write(region + ",省" + region + "," + district + ",县" + district + "\n");
                    for (String street : streetsOf(r, d)) {
                        csv.write(region + ",省" + region + "," + street + ",街道" + street + "\n");
                        for (String community : communitiesOf(street)) {
                            csv.write(region + ",省" + region + "," + community + ",社区" + community + "\n");
                        }
                    }
                }
            }
        }
    }

    /** Every figure, region by region and period by period: the region's, then each district's and its units'. */
    private void figures(Catalog catalog, Sink sink) throws IOException {
        List<Indicator> reported = catalog.indicators().stream().filter(i -> !i.derived()).toList();
        List<Period> periods = periods();
        for (int r = 0; r < regions; r++) {
            String region = PROVINCES[r];
            for (int q = 0; q < periods.size(); q++) {
                Period period = periods.get(q);
                sink.period(region, period);
                for (Indicator i : reported) {
                    if (i.reportedAt(ScopeLevel.REGION)) {
                        sink.figure(ScopeLevel.REGION, region, "省" + region, null, i, figure(i, region, q, period, true));
                    }
                }
                for (int d = 0; d < districtsOf(r); d++) {
                    String district = districtCode(region, d);
                    for (Indicator i : reported) {
                        if (i.reportedAt(ScopeLevel.DISTRICT)) {
                            sink.figure(ScopeLevel.DISTRICT, district, "县" + district, region, i,
                                    figure(i, district, q, period, false));
                        }
                    }
                }
                for (int d = 0; d < districtsOf(r); d++) {
                    for (String street : streetsOf(r, d)) {
                        for (String community : communitiesOf(street)) {
                            for (Indicator i : reported) {
                                if (i.level() == ScopeLevel.COMMUNITY) {
                                    sink.figure(ScopeLevel.COMMUNITY, community, "社区" + community, street, i,
                                            flag(i, community, q));
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /** Districts per region: the total spread evenly, the remainder to the first regions. */
    int districtsOf(int region) {
        return districts / regions + (region < districts % regions ? 1 : 0);
    }

    /** The district index {@code d} of region {@code r} counted across all regions, for spreading units. */
    private int districtIndex(int r, int d) {
        int index = d;
        for (int i = 0; i < r; i++) {
            index += districtsOf(i);
        }
        return index;
    }

    /** The streets of a district: the total spread evenly over the districts, 9-digit codes below it. */
    List<String> streetsOf(int region, int d) {
        if (streets == 0) {
            return List.of();
        }
        int index = districtIndex(region, d);
        int count = streets / districts + (index < streets % districts ? 1 : 0);
        List<String> codes = new ArrayList<>(count);
        String district = districtCode(PROVINCES[region], d);
        for (int s = 1; s <= count; s++) {
            codes.add(district + String.format("%03d", s));
        }
        return codes;
    }

    /** The communities of a street: the total spread evenly over the streets (by code), 12-digit codes below it. */
    List<String> communitiesOf(String street) {
        if (communities == 0) {
            return List.of();
        }
        int per = communities / streets;
        int count = per + (Math.floorMod(street.hashCode(), streets) < communities % streets ? 1 : 0);
        List<String> codes = new ArrayList<>(count);
        for (int c = 1; c <= count; c++) {
            codes.add(street + String.format("%03d", c));
        }
        return codes;
    }

    static String districtCode(String region, int index) {
        return region.substring(0, 2) + String.format("%04d", 101 + index);
    }

    /** A community's 1/0 flag: set from a quarter drawn per community (some before the first, some never). */
    private String flag(Indicator i, String community, int step) {
        SplittableRandom random = new SplittableRandom(seed ^ community.hashCode() * 31L ^ i.code().hashCode());
        int from = random.nextInt(-quarters, 2 * quarters);
        return step >= from ? "1" : "0";
    }

    /** Snapshots: one YAML file per region and period, the units under {@code units:}. */
    private final class YamlSink implements Sink, AutoCloseable {
        private final Path indicators;
        private BufferedWriter w;
        private ScopeLevel section;
        private String area;

        YamlSink(Path indicators) {
            this.indicators = indicators;
        }

        @Override
        public void period(String region, Period period) throws IOException {
            close();
            Path folder = Files.createDirectories(indicators.resolve(region));
            w = Files.newBufferedWriter(folder.resolve(period + ".yaml"), StandardCharsets.UTF_8);
            w.write("schema: dabiao/indicators/v1\n");
            w.write("region: {code: \"" + region + "\", name: 省" + region + "}\n");
            w.write("period: " + period + "\n");
            w.write("source: synthetic benchmark data (seed " + seed + ")\n");
            w.write("values:\n");
            section = ScopeLevel.REGION;
            area = region;
        }

        @Override
        public void figure(ScopeLevel level, String unit, String name, String parent, Indicator indicator, String value)
                throws IOException {
            // the region's values, then the districts: list, then the units: list (all units in one list)
            ScopeLevel list = level.unit() ? ScopeLevel.STREET : level;
            if (list != section) {
                w.write(list == ScopeLevel.DISTRICT ? "districts:\n" : "units:\n");
                section = list;
            }
            if (!unit.equals(area)) {
                w.write("  - code: \"" + unit + "\"\n    name: " + name + "\n    values:\n");
                area = unit;
            }
            w.write((level == ScopeLevel.REGION ? "  " : "      ") + indicator.code() + ": " + value + "\n");
        }

        @Override
        public void close() throws IOException {
            if (w != null) {
                w.close();
                w = null;
            }
        }
    }

    /**
     * The long-format table, as CSV or Parquet by the file's extension ({@link LongTableFormat}), every row with
     * the generator as its source and its CSV line as its line; rows are streamed, never held.
     */
    private static final class TableSink implements Sink, AutoCloseable {
        private final OutputStream file;
        private final LongTable.RowWriter out;
        private final String source;
        private String region;
        private String period;
        private long row = 1;

        TableSink(Path table, String source) throws IOException {
            LongTableFormat format = LongTableFormat.of(table).orElseThrow(() ->
                    new IllegalArgumentException("a table is a .csv or a .parquet file: " + table));
            this.file = new BufferedOutputStream(Files.newOutputStream(table), 1 << 16);
            this.out = format.open(file);
            this.source = source;
        }

        @Override
        public void period(String region, Period period) {
            this.region = region;
            this.period = period.toString();
        }

        @Override
        public void figure(ScopeLevel level, String unit, String name, String parent, Indicator indicator, String value)
                throws IOException {
            out.write(new LongTable.Row(region, unit, parent, indicator.code(), period, Double.parseDouble(value),
                    source, Math.toIntExact(++row)));
        }

        @Override
        public void close() throws IOException {
            try (file) {
                out.close();
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

    /**
     * Copies the rules, widening every region's scope to every region, so each province has every target.
     * The widened conditions name their level, so that a city rule is never tried on a million communities.
     */
    static void widenRules(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                text = REGION_SCOPE.matcher(text).replaceAll("Scope(wholeRegion)");
                text = DISTRICT_SCOPE.matcher(text).replaceAll("Scope(district$1)");
                text = CITY_AND_DISTRICTS.matcher(text).replaceAll("Scope(wholeRegion || district)");
                text = UNIT_SCOPE.matcher(text).replaceAll("Scope($1)");
                Path target = to.resolve(from.relativize(f));
                Files.createDirectories(target.getParent());
                Files.writeString(target, text, StandardCharsets.UTF_8);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
