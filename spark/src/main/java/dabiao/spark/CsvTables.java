package dabiao.spark;

import dabiao.diagnostics.InputException;
import dabiao.diagnostics.Problem;
import dabiao.input.CsvRows;
import dabiao.model.Lang;
import dabiao.model.SourceRef;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.util.CollectionAccumulator;
import scala.Tuple2;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV files given with --table: each a table, as for the CLI, read whole by one task with the CLI's
 * CSV reader so that each row keeps its line; a file's header is read by the driver first.
 */
final class CsvTables {

    private CsvTables() {
    }

    /** Every CSV file's header, read by the driver before the rows. */
    static List<TableFile> headers(JavaPairRDD<String, PortableDataStream> streams, Displays displays) {
        List<CsvHeader> headers = streams.map(t -> csvHeader(displays.of(t._1()), displays.argument(t._1()), t._2()))
                .collect();
        List<Problem> problems = new ArrayList<>();
        for (CsvHeader h : headers) {
            if (h.problem() != null) {
                problems.add(Problem.error(new SourceRef(h.file().display(), h.line(), h.line() > 0 ? 1 : 0), h.problem()));
            } else {
                problems.addAll(RowsAsTable.read(h.file(), List.of()).problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return headers.stream().map(CsvHeader::file).toList();
    }

    /** A CSV file's header, or why it cannot be read (a message key, the CLI's, and the line it is at, or 0). */
    private record CsvHeader(TableFile file, String problem, int line) implements java.io.Serializable {
    }

    /** A CSV file's first row and its line; no row (an empty file) stands for line 1, as the CLI names it. */
    private static CsvHeader csvHeader(String display, int argument, PortableDataStream stream) throws IOException {
        List<String> cells = new ArrayList<>();
        int[] line = {1};
        String problem = null;
        try (Reader reader = reader(stream)) {
            CsvRows.read(reader, (r, at) -> {
                r.forEach(cells::add);
                line[0] = at;
                return false;
            });
        } catch (CharacterCodingException e) {
            problem = "yaml.not-utf8";
            line[0] = 0;
        } catch (CsvRows.UnclosedQuote e) {
            problem = "csv.quote";
            line[0] = e.line;
        }
        return new CsvHeader(new TableFile(display, argument, cells, line[0]), problem, line[0]);
    }

    /** The rows of one CSV file after its header, each keyed to its region (blank when the row lacks it). */
    static List<Tuple2<RowKey, SourceRow>> rows(TableFile file, PortableDataStream stream,
                                                           CollectionAccumulator<Outcome.Message> problems, Lang lang)
            throws IOException {
        TableColumns at = new TableColumns(file.header());
        List<Tuple2<RowKey, SourceRow>> rows = new ArrayList<>();
        try (Reader reader = reader(stream)) {
            CsvRows.read(reader, (r, line) -> {
                if (line > file.headerLine()) {
                    String[] cells = new String[r.size()];
                    for (int i = 0; i < cells.length; i++) {
                        cells[i] = r.get(i);
                    }
                    rows.add(at.row(file.display(), line, cells));
                }
                return true;
            });
        } catch (CharacterCodingException e) {
            problems.add(Outcome.Message.of(Problem.error(SourceRef.of(file.display()), "yaml.not-utf8"), lang));
        } catch (CsvRows.UnclosedQuote e) {
            problems.add(Outcome.Message.of(Problem.error(new SourceRef(file.display(), e.line, 1), "csv.quote"), lang));
        }
        return rows;
    }

    private static Reader reader(PortableDataStream stream) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(stream.open(), decoder));
    }
}
