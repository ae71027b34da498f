package dabiao.spark;

import dabiao.model.Period;
import dabiao.model.Status;
import dabiao.output.JsonLines;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The job's results in one new folder, written whole or not at all: {@code verdicts.jsonl} (JSON Lines,
 * one verdict a line with the fields of {@code --format json}), {@code verdicts.parquet} (the same lines
 * read with the schema of those fields) and {@code summary.json} (the counts). Everything is written into
 * a temporary folder beside it, through Spark's committer, and the folder is renamed into place last.
 */
final class VerdictOutput {

    static final String JSON_LINES = "verdicts.jsonl";
    static final String PARQUET = "verdicts.parquet";
    static final String SUMMARY = "summary.json";

    private VerdictOutput() {
    }

    /** Whether {@code folder} exists already (the job refuses to replace it). */
    static boolean exists(SparkSession spark, String folder) throws IOException {
        Path path = new Path(folder);
        return path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path);
    }

    static void write(SparkSession spark, JavaRDD<String> verdicts, Period asOf, Map<Status, Long> counts,
                      String folder) throws IOException {
        Path out = new Path(folder);
        FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
        out = fs.makeQualified(out);
        Path temp = new Path(out.getParent(), "." + out.getName() + ".dabiao-" + spark.sparkContext().applicationId() + ".tmp");
        boolean moved = false;
        try {
            Dataset<String> lines = spark.createDataset(verdicts.rdd(), Encoders.STRING());
            lines.write().text(new Path(temp, JSON_LINES).toString());
            spark.read().schema(schema()).option("mode", "FAILFAST").json(lines)
                    .write().parquet(new Path(temp, PARQUET).toString());
            try (Writer w = new OutputStreamWriter(fs.create(new Path(temp, SUMMARY), false), StandardCharsets.UTF_8)) {
                JsonLines.summary(asOf, counts, w);
            }
            // Checked again at the end: renamed onto a folder that exists, the results would land inside it.
            if (fs.exists(out) || !fs.rename(temp, out)) {
                throw new IOException("cannot move " + temp + " to " + out);
            }
            moved = true;
        } finally {
            if (!moved) {
                fs.delete(temp, true);
            }
        }
    }

    /** The verdict's fields as a Spark schema: a field {@code scope.code} is {@code code} in the struct {@code scope}. */
    static StructType schema() {
        Map<String, List<StructField>> nested = new LinkedHashMap<>();
        List<Object> order = new ArrayList<>();
        for (JsonLines.Field f : JsonLines.fields()) {
            int dot = f.path().indexOf('.');
            if (dot < 0) {
                order.add(DataTypes.createStructField(f.path(), type(f.kind()), true));
            } else {
                String object = f.path().substring(0, dot);
                if (!nested.containsKey(object)) {
                    nested.put(object, new ArrayList<>());
                    order.add(object);
                }
                nested.get(object).add(DataTypes.createStructField(f.path().substring(dot + 1), type(f.kind()), true));
            }
        }
        List<StructField> fields = new ArrayList<>();
        for (Object o : order) {
            fields.add(o instanceof StructField f ? f
                    : DataTypes.createStructField((String) o, DataTypes.createStructType(nested.get(o)), true));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType type(String kind) {
        return switch (kind) {
            case "number" -> DataTypes.DoubleType;
            case "integer" -> DataTypes.LongType;
            case "boolean" -> DataTypes.BooleanType;
            default -> DataTypes.StringType;
        };
    }
}
