package dabiao.table;

import dabiao.model.Catalog;
import dabiao.model.Snapshot;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats of a long-format table, chosen by the file's extension. */
public enum LongTableFormat {

    CSV(".csv") {
        @Override
        void read(Path file, String display, LongTableReader into) {
            LongTableCsv.read(file, display, into);
        }

        @Override
        public LongTable.RowWriter open(OutputStream out) throws IOException {
            Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()));
            return LongTableCsv.open(text);
        }
    },

    PARQUET(".parquet") {
        @Override
        void read(Path file, String display, LongTableReader into) {
            LongTableParquet.read(file, display, into);
        }

        @Override
        public LongTable.RowWriter open(OutputStream out) throws IOException {
            return LongTableParquet.open(out);
        }
    };

    private final String extension;

    LongTableFormat(String extension) {
        this.extension = extension;
    }

    /** The format of {@code file}, by its extension in any case; empty for any other file. */
    public static Optional<LongTableFormat> of(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (LongTableFormat f : values()) {
            if (lower.endsWith(f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Reads {@code file}, shown as {@code display}, into {@code into}; a file that cannot be read is one problem. */
    abstract void read(Path file, String display, LongTableReader into);

    /**
     * Writes every figure reported in {@code snapshots} ({@link LongTable#rows}) into {@code out}: a
     * district's with its region as parent, the region's own with none, derived indicators left out.
     */
    public void write(List<Snapshot> snapshots, Catalog catalog, OutputStream out) throws IOException {
        write(LongTable.rows(snapshots, catalog), out);
    }

    /**
     * A table in this format written into {@code out} a row at a time; closing the writer finishes the
     * table and leaves {@code out} open.
     */
    public abstract LongTable.RowWriter open(OutputStream out) throws IOException;

    private void write(List<LongTable.Row> rows, OutputStream out) throws IOException {
        try (LongTable.RowWriter writer = open(out)) {
            for (LongTable.Row r : rows) {
                writer.write(r);
            }
        }
    }
}
