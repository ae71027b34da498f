package dabiao.input;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;

/**
 * The rows of a CSV as Excel and statistics databases write it, each with the line it starts on: fields
 * may be quoted (with "" inside, line breaks too), lines may end in CRLF, a UTF-8 byte order mark may lead.
 * Blank lines are skipped, but read as records, so that the parser's count stays the file's lines.
 */
public final class CsvRows {

    /** RFC 4180, blank lines kept as records (see above): every CSV dabiao reads or writes. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    /** What is done with each row. */
    public interface Handler {
        /** @return false to stop reading */
        boolean row(CSVRecord record, int line) throws IOException;
    }

    /** A quoted field that is never closed; {@code line} is where the parser stopped reading records. */
    public static final class UnclosedQuote extends IOException {
        public final int line;

        UnclosedQuote(int line) {
            super("unclosed quote at line " + line);
            this.line = line;
        }
    }

    private CsvRows() {
    }

    /**
     * Reads every non-blank row of {@code source}, in order.
     *
     * @throws UnclosedQuote            for a quote never closed
     * @throws CharacterCodingException for text that is not the charset the reader decodes
     */
    public static void read(Reader source, Handler handler) throws IOException {
        BufferedReader reader = new BufferedReader(source);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        Iterator<CSVRecord> records = parser.iterator();
        long before = 0;
        try {
            while (true) {
                before = parser.getCurrentLineNumber();
                if (!records.hasNext()) {
                    return;
                }
                CSVRecord r = records.next();
                if ((r.size() != 1 || !r.get(0).isBlank()) && !handler.row(r, (int) before + 1)) {
                    return;
                }
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException coding) {
                throw coding;
            }
            // Commons CSV reports a broken quote this way.
            throw new UnclosedQuote((int) Math.max(1, before + 1));
        }
    }
}
