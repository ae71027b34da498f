package dabiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the benchmark's data set at community scale as one long-format table, for the Spark runner and
 * the CLI alike: {@code java -cp target/dabiao.jar:target/test-classes dabiao.bench.CommunityTable --out DIR}.
 *
 * <p>Options: {@code --regions R} (31), {@code --districts D} (2850), {@code --streets S} (40000),
 * {@code --communities C} (600000), {@code --quarters Q} (40), {@code --seed N} (1), {@code --table NAME}
 * (figures.csv; a name ending in {@code .parquet} writes Parquet), {@code --catalog FILE} (indicators/catalog.yaml) and {@code --rules DIR} (rules), whose
 * rules are widened to every region. Below {@code --out} it writes the table, {@code divisions.csv}, {@code indicators/catalog.yaml}
 * and the widened {@code rules/}, and prints the number of rows.
 */
public final class CommunityTable {

    private CommunityTable() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unknown argument " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        if (!options.containsKey("out")) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        Path out = Files.createDirectories(Path.of(options.get("out")));
        NationalData data = new NationalData(number(options, "regions", 31), number(options, "districts", 2850),
                number(options, "streets", 40_000), number(options, "communities", 600_000),
                number(options, "quarters", 40), number(options, "seed", 1));
        Path table = out.resolve(options.getOrDefault("table", "figures.csv"));
        long started = System.nanoTime();
        long rows = data.writeTable(out, Path.of(options.getOrDefault("catalog", "indicators/catalog.yaml")),
                Path.of(options.getOrDefault("rules", "rules")), table);
        System.out.printf("%,d rows in %s (%.1f s, %,d bytes)%n", rows, table, (System.nanoTime() - started) / 1e9,
                Files.size(table));
    }

    private static int number(Map<String, String> options, String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, Integer.toString(fallback)));
    }
}
