package dabiao.table;

import dabiao.Fixture;
import dabiao.SnapshotYaml;
import dabiao.data.Divisions;
import dabiao.diagnostics.InputException;
import dabiao.input.ParsedFile;
import dabiao.model.Lang;
import dabiao.model.Observation;
import dabiao.model.SourceRef;
import dabiao.validation.Loader;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The long-format table as Parquet: written from snapshots and read back into the same figures and
 * sources, the files other writers make read as well, and every bad row named by its file, row and column.
 */
class LongTableParquetTest {

    @org.junit.jupiter.api.io.TempDir
    Path dir;
    Fixture fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixture.in(dir);
        fixture.snapshot("shanghai-上海/2025-Q1.yaml", new SnapshotYaml("2025-Q1")
                .region("service_retail_share", 42.8)
                .district("310101", "resident_population", 662030, "childcare_places", 2480)
                .district("310104", "resident_population", "\"5.3万\"", "childcare_places", "")
                .text());
        fixture.snapshot("yangzhou/2025.yaml", new SnapshotYaml("321000", "扬州市", "2025")
                .district("321002", "childcare_places", 1200.5).text());
    }

    private Path export(String name) throws IOException {
        Loader.Loaded yaml = fixture.load();
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            LongTableFormat.of(file).orElseThrow().write(yaml.snapshots(), yaml.catalog(), out);
        }
        return file;
    }

    private Loader.Loaded load(Path... tables) {
        return Loader.load(fixture.load().catalog(), List.of(), List.of(tables), Divisions.bundled());
    }

    private static List<String> figures(Loader.Loaded in) {
        return in.snapshots().stream().flatMap(s -> s.observations().stream()
                .map((Observation o) -> s.region().code() + " " + o.scope() + " " + o.indicator() + " "
                        + o.point().period() + " " + o.point().value() + " " + o.point().source()))
                .toList();
    }

    /** Every row of a Parquet file as Parquet's own reader gives it. */
    private static List<Group> rows(Path file) throws IOException {
        ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration())
                .withCodecFactory(new ParquetCodecs()).build();
        List<Group> rows = new ArrayList<>();
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), options)) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            for (var pages = reader.readNextRowGroup(); pages != null; pages = reader.readNextRowGroup()) {
                RecordReader<Group> records = new ColumnIOFactory().getColumnIO(schema)
                        .getRecordReader(pages, new GroupRecordConverter(schema));
                for (long i = 0; i < pages.getRowCount(); i++) {
                    rows.add(records.read());
                }
            }
        }
        return rows;
    }

    private static MessageType schema(Path file) throws IOException {
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file),
                ParquetReadOptions.builder(new PlainParquetConfiguration()).withCodecFactory(new ParquetCodecs()).build())) {
            assertThat(reader.getFooter().getBlocks()).allSatisfy(b -> assertThat(b.getColumns())
                    .allSatisfy(c -> assertThat(c.getCodec()).isEqualTo(CompressionCodecName.SNAPPY)));
            return reader.getFooter().getFileMetaData().getSchema();
        }
    }

    private static List<String> problems(ParsedFile read) {
        return read.problems().stream().map(p -> p.where() + " " + p.message(Lang.EN)).toList();
    }

    private ParsedFile read(Path file) {
        return LongTableFiles.read(new LongTableFiles.Table(file, List.of(file)));
    }

    @Test
    void written_hasThePlainSchema_snappyPages_andEveryColumnOfEveryFigure() throws IOException {
        Path file = export("t.parquet");

        assertThat(schema(file)).isEqualTo(MessageTypeParser.parseMessageType("""
                message dabiao_long_table {
                  required binary region (STRING);
                  required binary unit (STRING);
                  optional binary parent (STRING);
                  required binary indicator (STRING);
                  required binary period (STRING);
                  required double value;
                  optional binary source_file (STRING);
                  optional int32 source_line;
                }"""));
        List<Group> rows = rows(file);
        assertThat(rows).hasSize(5);
        Group region = rows.get(0);
        assertThat(region.getString("region", 0)).isEqualTo("310000");
        assertThat(region.getString("unit", 0)).isEqualTo("310000");
        assertThat(region.getFieldRepetitionCount("parent")).isZero();
        assertThat(region.getString("indicator", 0)).isEqualTo("service_retail_share");
        assertThat(region.getString("period", 0)).isEqualTo("2025-Q1");
        assertThat(region.getDouble("value", 0)).isEqualTo(42.8);
        assertThat(region.getString("source_file", 0)).isEqualTo(dir.resolve("indicators/shanghai-上海/2025-Q1.yaml").toString());
        assertThat(region.getInteger("source_line", 0)).isPositive();
        Group district = rows.get(3);
        assertThat(district.getString("parent", 0)).isEqualTo("310000");
        assertThat(district.getString("unit", 0)).isEqualTo("310104");
        assertThat(district.getDouble("value", 0)).isEqualTo(53000.0);
    }

    @Test
    void written_thenRead_givesTheSameFigures_withTheSnapshotsAsTheirSources() throws IOException {
        Loader.Loaded yaml = fixture.load();
        List<String> expected = figures(yaml).stream()
                // A table row keeps the file and line a figure was typed on; the column is not a column of the table.
                .map(f -> f.replaceFirst(":(\\d+):\\d+$", ":$1"))
                .toList();

        assertThat(figures(load(export("t.parquet")))).containsExactlyElementsOf(expected);
        assertThat(figures(load(export("t.csv")))).containsExactlyElementsOf(expected);
    }

    @Test
    void chineseText_nullsAndEveryColumn_survive_theRowsOwnSourceWhenItNamesNone() throws IOException {
        Path file = dir.resolve("t.parquet");
        ParquetFiles.write(file, LongTableParquet.SCHEMA, CompressionCodecName.SNAPPY, List.of(
                row("310000", "310000", null, "service_retail_share", "2025-Q1", 40.9, "数据/上海 2025.yaml", 36),
                row("310000", "310101", "310000", "childcare_places", "2025-Q1", 2920.0, null, null)));
        Loader.Loaded in = load(file);
        assertThat(figures(in)).containsExactly(
                "310000 310000 service_retail_share 2025-Q1 40.9 数据/上海 2025.yaml:36",
                "310000 310101 childcare_places 2025-Q1 2920.0 " + file + ":2:6");
    }

    private static Map<String, Object> row(Object... cells) {
        Map<String, Object> row = new HashMap<>();
        for (int c = 0; c < cells.length; c++) {
            row.put(LongTable.COLUMNS.get(c), cells[c]);
        }
        return row;
    }

    @Test
    void otherWritersTypes_columnOrderAndExtraColumns_areRead() throws IOException {
        MessageType schema = Types.buildMessage()
                .optional(PrimitiveTypeName.INT64).named("unit")
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("note")
                .optional(PrimitiveTypeName.INT64).named("region")
                .optional(PrimitiveTypeName.INT32).named("parent")
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("indicator")
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("period")
                .optional(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.decimalType(2, 18)).named("value")
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("source_file")
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("source_line")
                .named("spark_schema");
        Path file = dir.resolve("t.parquet");
        Map<String, Object> a = row(310000L, null, 310000, "childcare_places", "2025-Q1", 292050L, "x.yaml", "7");
        a.put("unit", 310101L);
        a.put("region", 310000L);
        a.put("note", "备注");
        ParquetFiles.write(file, schema, CompressionCodecName.SNAPPY, List.of(a));
        assertThat(figures(load(file))).containsExactly("310000 310101 childcare_places 2025-Q1 2920.5 x.yaml:7");

        MessageType floats = MessageTypeParser.parseMessageType(LongTableParquet.SCHEMA.toString()
                .replace("required double value", "optional float value"));
        ParquetFiles.write(file, floats, CompressionCodecName.SNAPPY,
                List.of(row("310000", "310000", null, "service_retail_share", "2025-Q1", 40.9f, null, null)));
        assertThat(figures(load(file))).containsExactly("310000 310000 service_retail_share 2025-Q1 40.9 " + file + ":1:6");
    }

    @ParameterizedTest
    @EnumSource(value = CompressionCodecName.class, names = {"UNCOMPRESSED", "SNAPPY", "GZIP", "ZSTD"})
    void eachCodecOtherWritersUse_isRead(CompressionCodecName codec) throws IOException {
        Path file = dir.resolve("t.parquet");
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            many.add(row("310000", "310101", "310000", "childcare_places", (2000 + i) + "", (double) i, "长表.yaml", i + 1));
        }
        ParquetFiles.write(file, LongTableParquet.SCHEMA, codec, many);
        ParsedFile read = read(file);
        assertThat(read.problems()).isEmpty();
        assertThat(read.documents()).hasSize(2000);
        assertThat(read.sources()).containsEntry(new SourceRef(file.toString(), 2000, 6), new SourceRef("长表.yaml", 2000, 0));
    }

    @Test
    void aCodecDabiaoCannotRead_aDamagedFile_andAMissingOne_areOneProblemEach() throws IOException {
        Path brotli = dir.resolve("b.parquet");
        ParquetFiles.write(brotli, LongTableParquet.SCHEMA, CompressionCodecName.BROTLI,
                List.of(row("310000", "310000", null, "service_retail_share", "2025-Q1", 40.9, null, null)));
        assertThat(problems(read(brotli))).containsExactly(brotli + " its pages are compressed with BROTLI, which dabiao "
                + "cannot read; write it again with snappy, gzip, zstd, lz4_raw or no compression");

        Path damaged = Files.write(dir.resolve("d.parquet"), "PAR1 not really".getBytes());
        ParsedFile read = read(damaged);
        assertThat(problems(read)).containsExactly(damaged + " not a Parquet file, or a damaged one; export it again "
                + "(--verbose shows what the reading library said)");
        assertThat(read.problems().get(0).detail()).isNotBlank();

        assertThat(problems(read(dir.resolve("none.parquet")))).containsExactly(dir.resolve("none.parquet")
                + " no such file; check the path");
    }

    @Test
    void missingColumns_andWrongTypes_areOneErrorEach_namingTheFile() throws IOException {
        MessageType schema = MessageTypeParser.parseMessageType("""
                message m {
                  required binary region (STRING);
                  required binary unit (STRING);
                  required binary indicator (STRING);
                  required binary period (STRING);
                  required binary value (STRING);
                  optional group source_file { optional binary x (STRING); }
                  repeated int32 source_line;
                }""");
        Path file = dir.resolve("t.parquet");
        ParquetFiles.write(file, schema, CompressionCodecName.SNAPPY, List.of());
        assertThat(problems(read(file))).containsExactly(
                file + " the value column is BINARY (STRING); expected a number (DOUBLE, FLOAT, INT32, INT64 or DECIMAL)",
                file + " the source_file column is group; expected a string (BINARY, UTF-8), or a code as an integer (INT32, INT64)",
                file + " the source_line column is repeated INT32; expected a whole number (INT32, INT64) or a string of digits",
                file + " the table lacks the column(s) parent; a long-format table has the columns "
                        + "region,unit,parent,indicator,period,value,source_file,source_line");
    }

    @Test
    void eachBadRow_isNamedByTheFile_itsRow_andTheColumnsPlaceInTheSchema() throws IOException {
        MessageType schema = MessageTypeParser.parseMessageType("""
                message m {
                  optional binary note (STRING);
                  optional binary region (STRING);
                  optional binary unit (STRING);
                  optional binary parent (STRING);
                  optional binary indicator (STRING);
                  optional binary period (STRING);
                  optional double value;
                  optional binary source_file (STRING);
                  optional int64 source_line;
                }""");
        Path file = dir.resolve("t.parquet");
        Map<String, Object> noRegion = row(null, "310101", "310000", "childcare_places", "2025-Q1", 1.0, null, null);
        Map<String, Object> badLine = row("310000", "310101", "310000", "resident_population", "2025-Q1", 1.0, "x.yaml", -3L);
        ParquetFiles.write(file, schema, CompressionCodecName.SNAPPY, List.of(
                row("310000", "310101", "310000", "childcare_places", "2025-Q1", 1.0, null, null),
                noRegion,
                row("310000", "310101", "310000", "childcare_places", "2025-Q1", Double.NaN, null, null),
                row("310000", "310101", "321000", "resident_population", "2025-Q1", 1.0, null, null),
                badLine,
                row("310000", "310101", "310000", "childcare_place", "2025-Q1", 1.0, null, null)));
        assertThat(problems(read(file))).containsExactly(
                file + ":2:2 the region column is empty; every row names its region, unit, indicator and period",
                file + ":3:5 310101 childcare_places 2025-Q1 is given twice (first at " + file + ":1); keep one row per "
                        + "unit, indicator and period",
                file + ":4:4 unit 310101 has parent \"321000\" but it lies in 310000; a district's parent is its region, "
                        + "a street's (9 digits) its district, a community's (12 digits) its street",
                file + ":5:9 source_line should be a positive whole number (the figure's line in its own file), found \"-3\"; "
                        + "leave it empty when not known");

        ParquetFiles.write(file, schema, CompressionCodecName.SNAPPY, List.of(
                row("310000", "310101", "310000", "childcare_places", "2025-Q1", Double.NaN, null, null),
                row("310000", "310101", "310000", "childcare_place", "2025-Q1", 1.0, null, null)));
        assertThatThrownBy(() -> load(file)).isInstanceOfSatisfying(InputException.class, e ->
                assertThat(e.problems().stream().map(p -> p.where() + " " + p.key())).containsExactly(
                        file + ":1:7 figure.not-a-number", file + ":2:7 figure.unknown-indicator-suggest"));
    }

    @Test
    void aFoldersPartFiles_areOneTable_eachRowNamedInItsOwnFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("figures"));
        Files.writeString(folder.resolve("part-00000.csv"), String.join(",", LongTable.COLUMNS) + "\r\n"
                + "310000,310101,310000,resident_population,2025-Q1,662030,,\r\n"
                + "310000,310101,310000,childcare_places,2025-Q1,2480,,\r\n");
        ParquetFiles.write(folder.resolve("part-00001.parquet"), LongTableParquet.SCHEMA, CompressionCodecName.SNAPPY,
                List.of(row("310000", "310104", "310000", "resident_population", "2025-Q1", 53000.0, null, null),
                        row("310000", "310101", "310000", "childcare_places", "2025-Q1", 1.0, null, null),
                        row("310000", "310104", "310000", "childcare_place", "2025-Q1", 1.0, null, null)));
        Files.writeString(folder.resolve("_SUCCESS"), "");
        Files.writeString(folder.resolve(".part-00001.parquet.crc"), "");
        Path first = folder.resolve("part-00000.csv");
        Path second = folder.resolve("part-00001.parquet");

        ParsedFile read = LongTableFiles.read(LongTableFiles.tables(List.of(folder)).get(0));
        assertThat(read.documents()).hasSize(1);
        assertThat(problems(read)).containsExactly(second + ":2:4 310101 childcare_places 2025-Q1 is given twice "
                + "(first at " + first + ":3); keep one row per unit, indicator and period");

        Files.delete(second);
        ParquetFiles.write(second, LongTableParquet.SCHEMA, CompressionCodecName.SNAPPY, List.of(
                row("310000", "310104", "310000", "resident_population", "2025-Q1", 53000.0, null, null),
                row("310000", "310104", "310000", "childcare_place", "2025-Q1", 1.0, null, null)));
        assertThatThrownBy(() -> load(folder)).isInstanceOfSatisfying(InputException.class, e ->
                assertThat(e.problems().stream().map(p -> p.where() + " " + p.key()))
                        .containsExactly(second + ":2:6 figure.unknown-indicator-suggest"));
        Files.delete(folder.resolve("part-00001.parquet"));
        Files.writeString(folder.resolve("part-00001.csv"), String.join(",", LongTable.COLUMNS) + "\r\n"
                + "310000,310104,310000,resident_population,2025-Q1,53000,,\r\n");
        // A region and period spread over two parts is one snapshot; a figure without a source is its own.
        assertThat(figures(load(folder))).contains("310000 310104 resident_population 2025-Q1 53000.0 "
                + folder.resolve("part-00001.csv") + ":2:6");
    }

    /**
     * A folder Apache Spark 4.1.0 wrote, as it writes by default (Snappy pages through snappy-java, nullable
     * columns, two part files, _SUCCESS and hidden checksums): the rows of the bundled Yangzhou 2024-Q4,
     * from {@code spark.read.parquet(exported).filter("region = '321000' and period = '2024-Q4'")
     * .repartition(2).write.parquet(dir)} in local mode. It reads as the snapshot it came from.
     */
    @Test
    void aFolderSparkWrote_readsAsTheSnapshotItCameFrom() {
        Loader.Loaded bundled = Loader.load(List.of(Path.of("indicators")), Divisions.bundled());
        List<String> expected = figures(bundled).stream().filter(f -> f.startsWith("321000 ") && f.contains(" 2024-Q4 "))
                .map(f -> f.replaceFirst(":(\\d+):\\d+$", ":$1")).sorted().toList();
        Loader.Loaded spark = Loader.load(bundled.catalog(), List.of(), List.of(Path.of("src/test/resources/spark-4.1/yangzhou-2024-Q4")),
                Divisions.bundled());
        assertThat(expected).hasSizeGreaterThan(50);
        assertThat(figures(spark).stream().sorted().toList()).isEqualTo(expected);
    }

    /** The entry point a reader of rows other than dabiao's own (a Spark partition) uses: cells, a name, a row. */
    @Test
    void rowsFromAnywhere_needNoFile() {
        LongTableReader rows = new LongTableReader("partition-7");
        rows.add(java.util.Arrays.asList("310000", "310101", "310000", "childcare_places", "2025-Q1", "2480", null, null), 1);
        rows.add(java.util.Arrays.asList("310000", "310101", null, "childcare_places", "2025-Q2", "2500", "上海.yaml", "9"), 2);
        ParsedFile parsed = rows.parsed();
        assertThat(parsed.file()).isEqualTo("partition-7");
        assertThat(parsed.documents()).hasSize(1);
        assertThat(problems(parsed)).containsExactly("partition-7:2:3 unit 310101 has parent \"\" but it lies in 310000; "
                + "a district's parent is its region, a street's (9 digits) its district, a community's (12 digits) its street");
    }
}
