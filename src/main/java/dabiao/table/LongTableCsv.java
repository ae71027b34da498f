package dabiao.table;

import dabiao.diagnostics.Problem;
import dabiao.input.CsvRows;
import dabiao.model.Numbers;
import dabiao.model.SourceRef;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The long-format table as CSV: UTF-8, a header row, RFC 4180 quoting and CRLF line ends. It is read as
 * Excel's "CSV UTF-8" saves it (a byte order mark, quoted fields, its columns in any order and more of
 * them); a row is named by its line, a cell by the column's number in the header.
 */
final class LongTableCsv {

    private LongTableCsv() {
    }

    /** A table written into {@code out} after its header, the region's own rows with an empty parent; closing flushes {@code out}. */
    static LongTable.RowWriter open(Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CsvRows.FORMAT);
        printer.printRecord(LongTable.COLUMNS);
        return new LongTable.RowWriter() {
            @Override
            public void write(LongTable.Row r) throws IOException {
                printer.printRecord(r.region(), r.unit(), r.parent() == null ? "" : r.parent(), r.indicator(),
                        r.period(), Numbers.plain(r.value()), r.sourceFile(), r.sourceLine());
            }

            @Override
            public void close() throws IOException {
                printer.flush();
            }
        };
    }

    /** Reads {@code path}, shown as {@code display}, into {@code table}; a file that cannot be read is one problem. */
    static void read(Path path, String display, LongTableReader table) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder))) {
            parse(reader, display, table);
        } catch (CharacterCodingException e) {
            table.problem(Problem.error(SourceRef.of(display), "yaml.not-utf8"));
        } catch (NoSuchFileException e) {
            table.problem(Problem.error(SourceRef.of(display), "input.not-found"));
        } catch (IOException e) {
            table.problem(Problem.error(SourceRef.of(display), "input.unreadable"));
        }
    }

    /** Reads a table's text, shown as {@code display}, into {@code table}. */
    static void parse(Reader source, String display, LongTableReader table) throws IOException {
        boolean[] header = {false};
        int[] width = {-1};
        try {
            CsvRows.read(source, (r, line) -> {
                if (width[0] < 0) {
                    width[0] = r.size();
                    header[0] = table.header(r.toList(), display, line);
                } else if (r.size() != width[0]) {
                    table.problem(Problem.error(new SourceRef(display, line, 1), "long-table.width", r.size(), width[0]));
                } else {
                    table.add(r.toList(), line);
                }
                return header[0];
            });
            if (width[0] < 0) {
                table.problem(Problem.error(new SourceRef(display, 1, 1), "long-table.header", String.join(",", LongTable.COLUMNS)));
            }
        } catch (CsvRows.UnclosedQuote e) {
            table.problem(Problem.error(new SourceRef(display, e.line, 1), "csv.quote"));
        }
    }
}
