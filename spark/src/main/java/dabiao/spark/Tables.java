package dabiao.spark;

import dabiao.diagnostics.InputException;
import dabiao.diagnostics.Locations;
import dabiao.diagnostics.Problem;
import dabiao.model.Lang;
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
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import scala.Tuple2;

import java.io.IOException;
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
            List<TableFile> headers = CsvTables.headers(streams, displays);
            files.addAll(headers);
            Map<String, TableFile> byDisplay = byDisplay(headers);
            rows.add(streams.flatMapToPair(t -> CsvTables.rows(byDisplay.get(displays.of(t._1())), t._2(), problems, lang)
                    .iterator()));
        }
        for (String argument : parquet) {
            Dataset<Row> table = spark.read().parquet(argument);
            List<String> header = Arrays.asList(table.columns());
            TableFile file = new TableFile(shown(argument), displays.argument(fsQualified(argument, conf)), header, 0);
            checkHeader(new TableFile(file.display(), 0, header, 1));
            files.add(file);
            rows.add(ParquetTables.rows(table, file.display()));
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

    private static void checkHeader(TableFile file) {
        List<Problem> problems = RowsAsTable.read(file, List.of()).problems();
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }
}
