package dabiao.spark;

import dabiao.cli.ExitCodes;
import dabiao.diagnostics.InputException;
import dabiao.diagnostics.Messages;
import dabiao.diagnostics.Problem;
import dabiao.model.Lang;
import dabiao.model.Period;
import dabiao.model.SourceRef;
import dabiao.model.Status;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The driver's part: the rules, catalog and divisions checked and broadcast, the tables read and their rows
 * sent to their regions, every region evaluated where its rows are, then either the problems (nothing is
 * written) or the results ({@link VerdictOutput}).
 */
final class SparkJob {

    /** What a run is asked to do: the command line's options, resolved. */
    record Request(List<String> tables, java.nio.file.Path rules, java.nio.file.Path catalog,
                   java.nio.file.Path divisions, Period asOf, String output, Lang lang, java.nio.file.Path cache,
                   boolean quiet) {
    }

    /** At most this many errors, and as many warnings, are printed; the rest are counted. */
    static final int SHOWN = 100;

    private SparkJob() {
    }

    /**
     * Runs {@code r} in the application's Spark session (made here, and stopped afterwards, unless one exists).
     *
     * @return the exit code: 0, or 2 when some input is invalid (its problems on {@code err})
     * @throws InputException for invalid rules, catalog, divisions, tables or output
     */
    static int run(Request r, PrintWriter err) throws IOException {
        Setup setup = Setup.read(r.rules(), r.cache(), r.catalog(), r.divisions());
        boolean own = SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = SparkSession.builder().appName("dabiao-spark").getOrCreate();
        try {
            return run(spark, setup, r, err);
        } finally {
            if (own) {
                spark.stop();
            }
        }
    }

    private static int run(SparkSession spark, Setup setup, Request r, PrintWriter err) throws IOException {
        checkOutput(spark, r);
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        CollectionAccumulator<Outcome.Message> fileProblems = sc.sc().collectionAccumulator("dabiao table problems");
        Tables.Read read = Tables.read(spark, r.tables(), fileProblems, r.lang());
        Broadcast<Setup> shared = sc.broadcast(setup);
        Broadcast<Map<String, TableFile>> files = sc.broadcast(read.files());
        // The regions are the divisions' (the driver has them), so no pass over the rows is needed to find them.
        JavaPairRDD<RowKey, SourceRow> byRegion = read.rows()
                .repartitionAndSortWithinPartitions(new RegionPartitioner(setup.loaded().divisions().regionCodes()));
        Period asOf = r.asOf() != null ? r.asOf() : latest(byRegion);
        if (asOf == null && fileProblems.value().isEmpty()) {
            throw new InputException(Problem.error(SourceRef.of(String.join(", ", r.tables())), "spark.no-figures"));
        }
        JavaRDD<Outcome> outcomes = asOf == null ? sc.emptyRDD()
                : byRegion.mapPartitions(new RegionEvaluation(shared, files, asOf, r.lang()))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        Outcome.Tally tally = outcomes.map(Outcome::tally).fold(Outcome.Tally.zero(), Outcome.Tally::plus);
        // A task run twice reports its file's problems twice: they are a set.
        TreeSet<Outcome.Message> errors = new TreeSet<>(fileProblems.value());
        long errorCount = errors.size() + tally.errors();
        if (errorCount > 0) {
            errors.addAll(outcomes.flatMap(o -> o.errors().iterator()).takeOrdered(SHOWN));
            print(err, errors, errorCount, "spark.more-errors", r.lang());
            err.println(Messages.get(r.lang(), "input.errors", errorCount));
            return ExitCodes.INVALID;
        }
        if (!r.quiet() && tally.warnings() > 0) {
            print(err, outcomes.flatMap(o -> o.warnings().iterator()).takeOrdered(SHOWN), tally.warnings(),
                    "spark.more-warnings", r.lang());
        }
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, tally.counts()[s.ordinal()]);
        }
        VerdictOutput.write(spark, outcomes.flatMap(o -> o.verdicts().iterator()), asOf, counts, r.output());
        outcomes.unpersist();
        if (!r.quiet()) {
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            err.println("dabiao-spark: " + Messages.get(r.lang(), "spark.done", total, asOf, r.output()));
        }
        return ExitCodes.OK;
    }

    /** The output folder must be new, and outside every table folder (a later run would read it as a table). */
    private static void checkOutput(SparkSession spark, Request r) throws IOException {
        if (VerdictOutput.exists(spark, r.output())) {
            throw new InputException(Problem.error(SourceRef.of(r.output()), "spark.output-exists"));
        }
        var conf = spark.sparkContext().hadoopConfiguration();
        Path out = new Path(r.output());
        String output = out.getFileSystem(conf).makeQualified(out).toString();
        for (String table : r.tables()) {
            Path t = new Path(table);
            String qualified = t.getFileSystem(conf).makeQualified(t).toString();
            if (output.startsWith(qualified + "/")) {
                throw new InputException(Problem.error(SourceRef.of(r.output()), "spark.output-in-table", table));
            }
        }
    }

    /** The latest period with a figure in the tables, as the CLI's default --as-of; null when there is none. */
    private static Period latest(JavaPairRDD<RowKey, SourceRow> rows) {
        return rows.values().map(SourceRow::period).filter(Objects::nonNull).distinct().collect().stream()
                .map(SparkJob::period).filter(Objects::nonNull).max(Period::compareTo).orElse(null);
    }

    private static Period period(String text) {
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The first {@link #SHOWN} of {@code messages}, in order, and how many of {@code all} are not shown. */
    private static void print(PrintWriter err, Iterable<Outcome.Message> messages, long all, String more, Lang lang) {
        long n = 0;
        for (Outcome.Message m : messages) {
            if (n == SHOWN) {
                break;
            }
            err.println(m.text());
            n++;
        }
        if (all > n) {
            err.println(Messages.get(lang, more, all - n));
        }
    }
}
