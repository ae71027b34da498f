package dabiao.table;

import dabiao.input.CsvRows;
import io.airlift.compress.zstd.ZstdCompressor;
import org.apache.commons.csv.CSVRecord;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Parquet files for tests, as other writers make them: any schema, any codec dabiao reads, values by
 * column name (a missing or null value writes a null).
 */
public final class ParquetFiles {

    private ParquetFiles() {
    }

    /** The rows of a long-table CSV file as Parquet in dabiao's own schema, with Snappy pages. */
    public static void fromCsv(Path csv, Path parquet) throws IOException {
        fromCsv(csv, parquet, CompressionCodecName.SNAPPY);
    }

    /** The rows of a long-table CSV file as Parquet in dabiao's own schema, with {@code codec}'s pages. */
    public static void fromCsv(Path csv, Path parquet, CompressionCodecName codec) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv)) {
            List<String> header = new ArrayList<>();
            CsvRows.read(in, (CSVRecord r, int line) -> {
                if (header.isEmpty()) {
                    header.addAll(r.toList());
                    return true;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    String cell = r.get(c);
                    row.put(header.get(c), cell.isEmpty() ? null : switch (header.get(c)) {
                        case "value" -> Double.parseDouble(cell);
                        case "source_line" -> Integer.parseInt(cell);
                        default -> cell;
                    });
                }
                rows.add(row);
                return true;
            });
        }
        write(parquet, LongTableParquet.SCHEMA, codec, rows);
    }

    /** Writes {@code rows} with {@code schema}; values are String, Integer, Long, Double, Float or byte[]. */
    public static void write(Path file, MessageType schema, CompressionCodecName codec, List<Map<String, Object>> rows)
            throws IOException {
        Files.deleteIfExists(file);
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(schema)
                .withConf(new PlainParquetConfiguration()).withCodecFactory(new Compressors())
                .withCompressionCodec(codec).build()) {
            for (Map<String, Object> row : rows) {
                Group g = groups.newGroup();
                for (Type field : schema.getFields()) {
                    Object v = row.get(field.getName());
                    if (v == null) {
                        continue;
                    }
                    String name = field.getName();
                    if (v instanceof String text) {
                        g.append(name, text);
                    } else if (v instanceof Integer i) {
                        g.append(name, i);
                    } else if (v instanceof Long l) {
                        g.append(name, l);
                    } else if (v instanceof Double d) {
                        g.append(name, d);
                    } else if (v instanceof Float f) {
                        g.append(name, f);
                    } else {
                        g.append(name, Binary.fromConstantByteArray((byte[]) v));
                    }
                }
                writer.write(g);
            }
        }
    }

    /**
     * Compressors for every codec {@link ParquetCodecs} reads, so that each decoder meets pages another
     * encoder made (java.util.zip for gzip, aircompressor's Zstandard); Snappy is dabiao's own. Any other
     * codec is named in the file and its pages left as they are.
     */
    private static final class Compressors implements CompressionCodecFactory {
        @Override
        public BytesInputCompressor getCompressor(CompressionCodecName codec) {
            return new BytesInputCompressor() {
                @Override
                public BytesInput compress(BytesInput bytes) throws IOException {
                    ByteArrayOutputStream copy = new ByteArrayOutputStream();
                    bytes.writeAllTo(copy);
                    byte[] in = copy.toByteArray();
                    return switch (codec) {
                        case UNCOMPRESSED -> bytes;
                        case SNAPPY -> new ParquetCodecs().getCompressor(codec).compress(bytes);
                        case GZIP -> {
                            ByteArrayOutputStream out = new ByteArrayOutputStream();
                            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                                gzip.write(in);
                            }
                            yield BytesInput.from(out.toByteArray());
                        }
                        case ZSTD -> {
                            ZstdCompressor zstd = new ZstdCompressor();
                            byte[] out = new byte[zstd.maxCompressedLength(in.length)];
                            yield BytesInput.from(out, 0, zstd.compress(in, 0, in.length, out, 0, out.length));
                        }
                        // Not compressed at all: for a codec dabiao refuses, only its name in the file matters.
                        default -> bytes;
                    };
                }

                @Override
                public CompressionCodecName getCodecName() {
                    return codec;
                }

                @Override
                public void release() {
                }
            };
        }

        @Override
        public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
            throw new UnsupportedOperationException("only for writing");
        }

        @Override
        public void release() {
        }
    }
}
