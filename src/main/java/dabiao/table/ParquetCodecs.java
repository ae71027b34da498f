package dabiao.table;

import io.airlift.compress.Decompressor;
import io.airlift.compress.lz4.Lz4Decompressor;
import io.airlift.compress.snappy.SnappyCompressor;
import io.airlift.compress.snappy.SnappyDecompressor;
import io.airlift.compress.zstd.ZstdDecompressor;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;

/**
 * Parquet's page codecs in pure Java (aircompressor and java.util.zip), instead of parquet-hadoop's own
 * factory, which goes through Hadoop's codec classes and native libraries. Writes Snappy; reads what
 * Spark, pyarrow, DuckDB and Polars write by default or on request: Snappy, gzip, Zstandard, LZ4 (raw)
 * and uncompressed pages. One instance per file read or written: aircompressor's coders keep state.
 */
final class ParquetCodecs implements CompressionCodecFactory {

    /** A file whose pages are compressed with a codec this factory does not read. */
    static final class Unsupported extends RuntimeException {
        final CompressionCodecName codec;

        Unsupported(CompressionCodecName codec) {
            super("unsupported Parquet codec " + codec);
            this.codec = codec;
        }
    }

    /** Snappy, what dabiao writes. */
    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        if (codec != CompressionCodecName.SNAPPY) {
            throw new Unsupported(codec);
        }
        SnappyCompressor snappy = new SnappyCompressor();
        return new BytesInputCompressor() {
            @Override
            public BytesInput compress(BytesInput bytes) throws IOException {
                byte[] in = array(bytes);
                byte[] out = new byte[snappy.maxCompressedLength(in.length)];
                return BytesInput.from(out, 0, snappy.compress(in, 0, in.length, out, 0, out.length));
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
        return switch (codec) {
            case UNCOMPRESSED -> new Pages(null);
            case SNAPPY -> new Pages(coder(new SnappyDecompressor()));
            case ZSTD -> new Pages(coder(new ZstdDecompressor()));
            case LZ4_RAW -> new Pages(coder(new Lz4Decompressor()));
            case GZIP -> new Pages((in, out) -> {
                try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(in))) {
                    return gzip.readNBytes(out, 0, out.length);
                }
            });
            default -> throw new Unsupported(codec);
        };
    }

    @Override
    public void release() {
    }

    /** Decompresses one page into {@code out}, sized as the page's header states; gives the bytes written. */
    @FunctionalInterface
    private interface Coder {
        int decompress(byte[] in, byte[] out) throws IOException;
    }

    private static Coder coder(Decompressor d) {
        return (in, out) -> d.decompress(in, 0, in.length, out, 0, out.length);
    }

    private static byte[] array(BytesInput bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.toIntExact(bytes.size()));
        bytes.writeAllTo(out);
        return out.toByteArray();
    }

    /** Decompresses whole pages; {@code coder} null for uncompressed ones. */
    private record Pages(Coder coder) implements BytesInputDecompressor {

        @Override
        public BytesInput decompress(BytesInput bytes, int size) throws IOException {
            return coder == null ? bytes : BytesInput.from(decode(array(bytes), size));
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int size) throws IOException {
            byte[] in = new byte[compressedSize];
            input.get(in);
            output.put(coder == null ? in : decode(in, size));
        }

        private byte[] decode(byte[] in, int size) throws IOException {
            byte[] out = new byte[size];
            int n = coder.decompress(in, out);
            if (n != size) {
                throw new IOException("a page decompressed to " + n + " bytes, not the " + size + " its header states");
            }
            return out;
        }

        @Override
        public void release() {
        }
    }
}
