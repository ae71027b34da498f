package dabiao.spark;

import dabiao.diagnostics.InputException;
import dabiao.diagnostics.Locations;
import dabiao.diagnostics.Problem;
import dabiao.input.CsvRows;
import dabiao.model.Lang;
import dabiao.model.Numbers;
import dabiao.model.SourceRef;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.util.CollectionAccumulator;
import scala.Tuple2;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rows of the long-format tables given with --table (CSV or Parquet files, or folders of them), each
 * keyed to its region, with every table's header. A CSV file is a table, as for the CLI's --table (a folder
 * of them is so many tables), read whole by one task with the CLI's CSV reader so that each row keeps its
 * line. A Parquet file or folder is one table, as Spark reads it, split by Spark; a row is numbered by its
 * place in the table. Problems of a file as a whole (its header, its encoding, a quote never closed) are
 * the CLI's, at the same places.
 */
final class Tables {

    /** The rows by region, and each file read, by how it is shown. */
    record Read(JavaPairRDD<RowKey, SourceRow> rows, Map<String, TableFile> files) {
    }

    private static final String FILE = "__dabiao_file";
    private static final String ROW = "__dabiao_row";

    private Tables() {
    }

    /**
     * @param problems gathers what the tasks find wrong with a CSV file as a whole (a task run twice adds
     *                 its problems twice: read them as a set)
     * @throws InputException naming each table that is missing, of no known kind, or without the columns
     */
    static Read read(SparkSession spark, List<String> arguments, CollectionAccumulator<Outcome.Message> problems,
                     Lang lang) throws IOException {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Displays displays = new Displays();
        List<String> csv = new ArrayList<>();
        List<String> parquet = new ArrayList<>();
        List<Problem> wrong = new ArrayList<>();
        for (String argument : arguments) {
            try {
                Path path = new Path(argument);
                FileSystem fs = path.getFileSystem(conf);
                String shown = shown(argument);
                if (!fs.exists(path)) {
                    wrong.add(Problem.error(SourceRef.of(shown), "input.not-found"));
                    continue;
                }
                displays.add(argument, fs.makeQualified(path).toString());
                switch (kind(fs, path)) {
                    case "csv" -> csv.add(argument);
                    case "parquet" -> parquet.add(argument);
                    default -> wrong.add(Problem.error(SourceRef.of(shown), "spark.table-kind"));
                }
            } catch (IOException e) {
                wrong.add(Problem.error(SourceRef.of(argument), "input.unreadable"));
            }
        }
        if (!wrong.isEmpty()) {
            throw new InputException(wrong);
        }
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<TableFile> files = new ArrayList<>();
        List<JavaPairRDD<RowKey, SourceRow>> rows = new ArrayList<>();
        if (!csv.isEmpty()) {
            JavaPairRDD<String, PortableDataStream> streams = sc.binaryFiles(String.join(",", csv));
            List<TableFile> headers = csvHeaders(streams, displays);
            files.addAll(headers);
            Map<String, TableFile> byDisplay = byDisplay(headers);
            rows.add(streams.flatMapToPair(t -> csvRows(byDisplay.get(displays.of(t._1())), t._2(), problems, lang)
                    .iterator()));
        }
        for (String argument : parquet) {
            Dataset<Row> table = spark.read().parquet(argument);
            List<String> header = Arrays.asList(table.columns());
            TableFile file = new TableFile(shown(argument), displays.argument(fsQualified(argument, conf)), header, 0);
            checkHeader(new TableFile(file.display(), 0, header, 1));
            files.add(file);
            rows.add(parquetRows(table, file.display()));
        }
        // Until here a file's order is the place of its --table; from here, its place among all files.
        List<TableFile> ordered = new ArrayList<>();
        files.stream().sorted(Comparator.comparingInt(TableFile::order).thenComparing(TableFile::display))
                .forEach(f -> ordered.add(new TableFile(f.display(), ordered.size(), f.header(), f.headerLine())));
        JavaPairRDD<RowKey, SourceRow> all = rows.get(0);
        for (JavaPairRDD<RowKey, SourceRow> more : rows.subList(1, rows.size())) {
            all = all.union(more);
        }
        Map<String, TableFile> byDisplay = byDisplay(ordered);
        return new Read(all.mapToPair(t -> new Tuple2<>(new RowKey(t._1().region(),
                byDisplay.get(t._2().file()).order(), t._1().line()), t._2())), byDisplay);
    }

    private static String fsQualified(String argument, Configuration conf) throws IOException {
        Path path = new Path(argument);
        return path.getFileSystem(conf).makeQualified(path).toString();
    }

    /** A --table as messages show it before Spark has read it: a local path as the CLI shows it, a URI as given. */
    private static String shown(String argument) {
        return argument.contains("://") ? argument : Locations.display(java.nio.file.Path.of(argument));
    }

    private static Map<String, TableFile> byDisplay(List<TableFile> files) {
        Map<String, TableFile> map = new LinkedHashMap<>();
        files.forEach(f -> map.put(f.display(), f));
        return map;
    }

    /** {@code csv} or {@code parquet} by the file's extension, or by the files in the folder; else empty. */
    private static String kind(FileSystem fs, Path path) throws IOException {
        FileStatus status = fs.getFileStatus(path);
        Set<String> kinds = new HashSet<>();
        if (status.isFile()) {
            kinds.add(extension(path.getName()));
        } else {
            RemoteIterator<LocatedFileStatus> listed = fs.listFiles(path, true);
            while (listed.hasNext()) {
                String name = listed.next().getPath().getName();
                if (!name.startsWith("_") && !name.startsWith(".")) {
                    kinds.add(extension(name));
                }
            }
        }
        return kinds.size() == 1 && (kinds.contains("csv") || kinds.contains("parquet")) ? kinds.iterator().next() : "";
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Every CSV file's header, read by the driver before the rows. */
    private static List<TableFile> csvHeaders(JavaPairRDD<String, PortableDataStream> streams, Displays displays) {
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

    private static void checkHeader(TableFile file) {
        List<Problem> problems = RowsAsTable.read(file, List.of()).problems();
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
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
    private static List<Tuple2<RowKey, SourceRow>> csvRows(TableFile file, PortableDataStream stream,
                                                           CollectionAccumulator<Outcome.Message> problems, Lang lang)
            throws IOException {
        Columns at = new Columns(file.header());
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

    /**
     * Each row of a Parquet table with its number in the table, its cells as text as a CSV holds them. A
     * folder (a data set Spark wrote, say) is one table, as Spark reads it: its rows are numbered through
     * its files in the order of their names, so a region and period may be spread over them.
     */
    private static JavaPairRDD<RowKey, SourceRow> parquetRows(Dataset<Row> table, String display) {
        Map<String, Long> before = new LinkedHashMap<>();
        long rowsSoFar = 0;
        for (Row files : table.groupBy(functions.col("_metadata.file_path").as(FILE)).count().sort(FILE).collectAsList()) {
            before.put(files.getString(0), rowsSoFar);
            rowsSoFar += files.getLong(1);
        }
        List<String> header = Arrays.asList(table.columns());
        List<Column> columns = new ArrayList<>(header.stream().map(c -> functions.col("`" + c + "`")).toList());
        columns.add(functions.col("_metadata.file_path").as(FILE));
        columns.add(functions.col("_metadata.row_index").as(ROW));
        Columns at = new Columns(header);
        int n = header.size();
        return table.select(columns.toArray(Column[]::new)).javaRDD().mapToPair(row -> {
            String[] cells = new String[n];
            for (int i = 0; i < n; i++) {
                cells[i] = cell(row.get(i));
            }
            return at.row(display, Math.toIntExact(before.get(row.getString(n)) + row.getLong(n + 1) + 1), cells);
        });
    }

    /** A Parquet value as a CSV cell: a number in plain digits (never 1.0E7), null as empty. */
    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            return Numbers.plain(((Number) value).doubleValue());
        }
        return value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
    }

    /** Where a file's region, period and value columns stand. */
    private record Columns(int region, int period, int value) implements java.io.Serializable {

        Columns(List<String> header) {
            this(indexOf(header, "region"), indexOf(header, "period"), indexOf(header, "value"));
        }

        private static int indexOf(List<String> header, String column) {
            return header.stream().map(String::strip).toList().indexOf(column);
        }

        Tuple2<RowKey, SourceRow> row(String file, int line, String[] cells) {
            String code = region >= 0 && region < cells.length ? cells[region].strip() : "";
            boolean figure = value >= 0 && value < cells.length && period >= 0 && period < cells.length
                    && !cells[value].isBlank();
            return new Tuple2<>(new RowKey(code, 0, line),
                    new SourceRow(file, line, cells, figure ? cells[period].strip() : null));
        }
    }
}
