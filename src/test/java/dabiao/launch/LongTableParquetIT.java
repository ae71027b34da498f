package dabiao.launch;

import dabiao.table.ParquetFiles;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parquet through the shaded jar, which holds none of Hadoop but the few classes reading loads, no native
 * codec and no second Jackson: what the test classpath (with all of them) cannot show. The tests share one
 * home, so that the rules are built once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LongTableParquetIT {

    @TempDir
    static Path home;

    private static final String[] JSON = {"--format", "json", "--fail-on", "never"};

    private static Jar.Run jar(String... args) throws Exception {
        return Jar.java(home, args).await();
    }

    private static String[] evaluate(String... tables) {
        List<String> args = new java.util.ArrayList<>(List.of("evaluate"));
        for (String t : tables) {
            args.addAll(List.of("--table", t));
        }
        args.addAll(List.of(JSON));
        return args.toArray(String[]::new);
    }

    @Test
    @Order(1)
    void theJar_keepsOfHadoopOnlyWhatReadingLoads_andNoNativeCodec() throws Exception {
        try (ZipFile zip = new ZipFile(Jar.JAR.toFile())) {
            List<String> hadoop = zip.stream().map(e -> e.getName())
                    .filter(n -> n.startsWith("org/apache/hadoop/") && n.endsWith(".class")).toList();
            assertThat(hadoop).hasSizeLessThan(20).contains("org/apache/hadoop/mapreduce/lib/input/FileInputFormat.class")
                    .doesNotContain("org/apache/hadoop/conf/Configuration.class", "org/apache/hadoop/fs/Path.class");
            assertThat(zip.getEntry("org/xerial/snappy/Snappy.class")).isNull();
            assertThat(zip.getEntry("com/github/luben/zstd/Zstd.class")).isNull();
            assertThat(zip.stream().filter(e -> e.getName().startsWith("shaded/parquet/com/fasterxml/"))).isEmpty();
        }
    }

    @Test
    @Order(2)
    void export_thenEvaluateTheParquet_givesTheJsonOfTheSnapshots() throws Exception {
        Path table = home.resolve("figures.parquet");
        Jar.Run export = jar("export", "--output", table.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.err()).isEmpty();

        Jar.Run yaml = jar(evaluate());
        Jar.Run parquet = jar(evaluate(table.toString()));
        assertThat(parquet.exitCode()).as(parquet.err()).isZero();
        assertThat(parquet.err()).isEqualTo(yaml.err());
        assertThat(parquet.out()).isEqualTo(yaml.out()).contains("\"file\": \"indicators/");
    }

    /** What Spark leaves in a folder, and pages compressed as other engines do. */
    @Test
    @Order(3)
    void aFolderOfPartFiles_gzipAndZstdPages_readAsTheTable() throws Exception {
        Path csv = home.resolve("figures.csv");
        assertThat(jar("export", "--output", csv.toString()).exitCode()).isZero();
        Path folder = Files.createDirectories(home.resolve("spark-out"));
        List<String> lines = Files.readAllLines(csv);
        int half = lines.size() / 2;
        Path first = Files.write(home.resolve("first.csv"), lines.subList(0, half));
        List<String> rest = new java.util.ArrayList<>(List.of(lines.get(0)));
        rest.addAll(lines.subList(half, lines.size()));
        Path second = Files.write(home.resolve("second.csv"), rest);
        ParquetFiles.fromCsv(first, folder.resolve("part-00000-a1.gz.parquet"), CompressionCodecName.GZIP);
        ParquetFiles.fromCsv(second, folder.resolve("part-00001-a1.zstd.parquet"), CompressionCodecName.ZSTD);
        Files.writeString(folder.resolve("_SUCCESS"), "");
        Files.writeString(folder.resolve(".part-00000-a1.gz.parquet.crc"), "");

        Jar.Run yaml = jar(evaluate());
        Jar.Run parts = jar(evaluate(folder.toString()));
        assertThat(parts.exitCode()).as(parts.err()).isZero();
        assertThat(parts.out()).isEqualTo(yaml.out());
    }

    @Test
    @Order(4)
    void aDamagedParquet_isOneLine_exit2_noStackTrace() throws Exception {
        Path damaged = Files.write(home.resolve("damaged.parquet"), "PAR1 not a table PAR1".getBytes());
        Jar.Run r = jar("--lang", "en", "evaluate", "--table", damaged.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(damaged + ": not a Parquet file, or a damaged one; export it again "
                + "(--verbose shows what the reading library said)\n1 error(s); nothing was evaluated\n");
    }
}
