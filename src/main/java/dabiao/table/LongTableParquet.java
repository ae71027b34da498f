package dabiao.table;

import dabiao.diagnostics.Problem;
import dabiao.model.SourceRef;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;

/**
 * The long-format table as Parquet: plain standard Parquet, as Spark's {@code spark.read.parquet} reads
 * it, with the strings as UTF-8, {@code value} a DOUBLE, {@code source_line} an INT32, and Snappy pages
 * (Spark's default, fast and understood by every engine). It reads what other writers make of the same
 * table: columns by name in any order and more of them, nullable or not, codes as integers, figures as
 * any number type ({@link ParquetColumns}). A row is named by its 1-based number among the file's rows,
 * a cell by the column's 1-based position in the file's schema.
 */
final class LongTableParquet {

    static final MessageType SCHEMA = Types.buildMessage()
            .required(PrimitiveTypeName.BINARY).as(stringType()).named("region")
            .required(PrimitiveTypeName.BINARY).as(stringType()).named("unit")
            .optional(PrimitiveTypeName.BINARY).as(stringType()).named("parent")
            .required(PrimitiveTypeName.BINARY).as(stringType()).named("indicator")
            .required(PrimitiveTypeName.BINARY).as(stringType()).named("period")
            .required(PrimitiveTypeName.DOUBLE).named("value")
            .optional(PrimitiveTypeName.BINARY).as(stringType()).named("source_file")
            .optional(PrimitiveTypeName.INT32).named("source_line")
            .named("dabiao_long_table");

    private LongTableParquet() {
    }

    /** A Parquet file written into {@code out} a row at a time, the region's own rows with a null parent. */
    static LongTable.RowWriter open(OutputStream out) throws IOException {
        SimpleGroupFactory groups = new SimpleGroupFactory(SCHEMA);
        ParquetWriter<Group> writer = ExampleParquetWriter.builder(new ParquetOutput(out)).withType(SCHEMA)
                .withConf(new PlainParquetConfiguration()).withCodecFactory(new ParquetCodecs())
                .withCompressionCodec(CompressionCodecName.SNAPPY).build();
        return new LongTable.RowWriter() {
            @Override
            public void write(LongTable.Row r) throws IOException {
                Group g = groups.newGroup().append("region", r.region()).append("unit", r.unit());
                if (r.parent() != null) {
                    g.append("parent", r.parent());
                }
                g.append("indicator", r.indicator()).append("period", r.period()).append("value", r.value());
                if (r.sourceFile() != null) {
                    g.append("source_file", r.sourceFile()).append("source_line", r.sourceLine());
                }
                writer.write(g);
            }

            @Override
            public void close() throws IOException {
                writer.close();
            }
        };
    }

    /** Reads {@code path}, shown as {@code display}, into {@code table}; a file that cannot be read is one problem. */
    static void read(Path path, String display, LongTableReader table) {
        if (!Files.exists(path)) {
            table.problem(Problem.error(SourceRef.of(display), "input.not-found"));
            return;
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            table.problem(Problem.error(SourceRef.of(display), "input.unreadable"));
            return;
        }
        ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration())
                .withCodecFactory(new ParquetCodecs()).build();
        try (ParquetFileReader file = ParquetFileReader.open(new LocalInputFile(path), options)) {
            MessageType schema = file.getFooter().getFileMetaData().getSchema();
            List<Problem> problems = new ArrayList<>();
            ParquetColumns columns = ParquetColumns.find(schema, display, problems);
            if (columns == null) {
                problems.forEach(table::problem);
                return;
            }
            MessageType wanted = columns.projection();
            file.setRequestedSchema(wanted);
            var io = new ColumnIOFactory().getColumnIO(wanted, schema);
            table.part(display, columns.at());
            String[] cells = new String[schema.getFieldCount()];
            Arrays.fill(cells, "");
            int row = 0;
            for (PageReadStore pages; (pages = file.readNextRowGroup()) != null; ) {
                RecordReader<Group> records = io.getRecordReader(pages, new GroupRecordConverter(wanted));
                for (long i = 0; i < pages.getRowCount(); i++) {
                    columns.cells(records.read(), cells);
                    table.add(Arrays.asList(cells), ++row);
                }
            }
        } catch (IOException | RuntimeException e) {
            table.problem(unreadable(e, display));
        }
    }

    /** What a file Parquet cannot read gets: its codec named when that is the reason, else a damaged file. */
    private static Problem unreadable(Exception e, String display) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ParquetCodecs.Unsupported u) {
                return Problem.error(SourceRef.of(display), "long-table.parquet-codec", u.codec);
            }
        }
        return Problem.error(SourceRef.of(display), "long-table.parquet-damaged").withDetail(String.valueOf(e));
    }
}
