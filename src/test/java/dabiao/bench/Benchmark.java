package dabiao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The benchmark: cold start of {@code java -jar target/dabiao.jar evaluate} on the bundled data, and
 * national scale on synthetic data, each run as a separate process and printed as a Markdown table.
 * Run it with {@code mvn -q -Pbench package}; see the README's "Performance" section.
 *
 * <p>Options: {@code --runs N} (cold-start runs, default 7), {@code --national-runs N} (3; 0: cold start only), {@code --regions R} (31), {@code --districts D}
 * (2850), {@code --quarters Q} (24), {@code --seed S} (1), {@code --scaling} (also ¼ and ½ of the districts
 * and 6 and 12 quarters), {@code --work DIR} (target/bench).
 */
public final class Benchmark {

    private final Map<String, String> options;
    private final Path jar = Path.of("target/dabiao.jar");
    private final List<String> lines = new ArrayList<>();

    private Benchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--scaling")) {
                options.put("scaling", "true");
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        new Benchmark(options).run();
    }

    private int option(String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, Integer.toString(fallback)));
    }

    private void run() throws Exception {
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build the jar first: mvn -q package -DskipTests");
        }
        print("## dabiao benchmark");
        print("");
        print("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ".");
        print("");
        Path work = Path.of(options.getOrDefault("work", "target/bench"));
        coldStart(option("runs", 7), work);
        if (option("national-runs", 3) == 0) {
            write(work);
            return;
        }
        int regions = option("regions", 31);
        int districts = option("districts", 2850);
        int quarters = option("quarters", 24);
        long seed = option("seed", 1);
        print("");
        print("### National scale (" + regions + " regions, synthetic, seed " + seed + ")");
        print("");
        print("National runs: medians of " + option("national-runs", 3) + " interleaved runs (parse floor, `--no-cache`, cache hit, cache hit with `-Xmx1g`).");
        print("");
        print("| districts | quarters | files | MB | rules | parse floor s | evaluate s | ratio | peak heap MB | verdicts | verdicts/s |");
        print("|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|");
        List<int[]> sizes = new ArrayList<>();
        if (options.containsKey("scaling")) {
            sizes.add(new int[] {districts / 4, quarters});
            sizes.add(new int[] {districts / 2, quarters});
            sizes.add(new int[] {districts, quarters / 4});
            sizes.add(new int[] {districts, quarters / 2});
        }
        sizes.add(new int[] {districts, quarters});
        for (int[] size : sizes) {
            national(work.resolve(size[0] + "x" + size[1]), regions, size[0], size[1], seed);
        }
        write(work);
    }

    private void write(Path work) throws IOException {
        Path out = work.resolve("results.md");
        Files.createDirectories(work);
        Files.writeString(out, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        System.out.println();
        System.out.println("(also written to " + out + ")");
    }

    /**
     * Cold start, four ways, interleaved run by run so that the machine's drift hits them alike: the DRL
     * compiled as before the rule cache ({@code --no-cache}), a cache miss (an empty cache folder each run),
     * a cache hit, and a hit through {@code bin/dabiao} (C1 and its class-data archive, made beforehand).
     */
    private void coldStart(int runs, Path work) throws Exception {
        print("### Cold start on the bundled data (median of " + runs + " interleaved runs, ms)");
        print("");
        Files.createDirectories(work);
        Path cache = work.resolve("cache").toAbsolutePath();
        Process.timed(evaluate(List.of("java", "-jar", jar.toString()), "--cache", cache.toString()));
        Process.timed(evaluate(List.of("sh", "bin/dabiao"), "--cache", cache.toString()));
        Map<String, List<Map<String, Double>>> byVariant = new LinkedHashMap<>();
        for (String variant : List.of("`java -jar`, `--no-cache`", "`java -jar`, cache miss", "`java -jar`, cache hit",
                "`bin/dabiao`, cache hit")) {
            byVariant.put(variant, new ArrayList<>());
        }
        List<String> java = List.of("java", "-jar", jar.toString());
        for (int i = 0; i < runs; i++) {
            Path empty = Files.createTempDirectory(work, "miss");
            List<List<String>> commands = List.of(evaluate(java, "--no-cache"), evaluate(java, "--cache", empty.toString()),
                    evaluate(java, "--cache", cache.toString()), evaluate(List.of("sh", "bin/dabiao"), "--cache", cache.toString()));
            int v = 0;
            for (List<Map<String, Double>> results : byVariant.values()) {
                results.add(Process.timed(commands.get(v++)));
            }
            deleteTree(empty);
        }
        print("| phase | " + String.join(" | ", byVariant.keySet()) + " |");
        print("|---|" + "---:|".repeat(byVariant.size()));
        // rules (on a thread of their own) and snapshots (read meanwhile) overlap; load is both
        for (String phase : List.of("jvm", "rules", "snapshots", "load", "evaluate", "write", "total", "wall")) {
            StringBuilder row = new StringBuilder("| " + phase + " |");
            byVariant.values().forEach(r -> row.append(' ').append(Math.round(median(r, phase))).append(" |"));
            print(row.toString());
        }
        double base = median(byVariant.values().iterator().next(), "wall");
        StringBuilder ratio = new StringBuilder("| wall, ratio to `--no-cache` |");
        byVariant.values().forEach(r -> ratio.append(String.format(Locale.ROOT, " %.2f |", median(r, "wall") / base)));
        print(ratio.toString());
    }

    private static List<String> evaluate(List<String> launch, String... cacheOptions) {
        List<String> command = new ArrayList<>(launch);
        command.addAll(List.of("evaluate", "--timings", "--fail-on", "never"));
        command.addAll(List.of(cacheOptions));
        return command;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private void national(Path dir, int regions, int districts, int quarters, long seed) throws Exception {
        if (!Files.exists(dir.resolve("divisions.csv"))) {
            new NationalData(regions, districts, quarters, seed).write(dir, Path.of("indicators/catalog.yaml"), Path.of("rules"));
        }
        long bytes;
        long files;
        try (var walk = Files.walk(dir.resolve("indicators"))) {
            List<Path> all = walk.filter(p -> p.toString().endsWith(".yaml")).toList();
            files = all.size() - 1;
            bytes = 0;
            for (Path p : all) {
                bytes += Files.size(p);
            }
        }
        String classpath = jar + java.io.File.pathSeparator + "target/test-classes";
        List<String> floorCommand = List.of("java", "-cp", classpath, ParseFloor.class.getName(), dir.resolve("indicators").toString());
        List<String> evaluate = new ArrayList<>(List.of("java", "-jar", jar.toString(), "evaluate", "--timings",
                "--rules", dir.resolve("rules").toString(), "--indicators", dir.resolve("indicators").toString(),
                "--divisions", dir.resolve("divisions.csv").toString(), "--format", "json", "--output",
                dir.resolve("verdicts.json").toString(), "--fail-on", "never", "--cache", dir.resolve("cache").toString()));
        List<String> before = new ArrayList<>(evaluate);
        before.add("--no-cache");
        // The same run with the heap capped: the default heap grows with the allocation rate, not the live data.
        List<String> capped = new ArrayList<>(evaluate);
        capped.add(1, "-Xmx1g");
        Process.timed(evaluate);
        List<Map<String, Double>> floors = new ArrayList<>();
        List<Map<String, Double>> befores = new ArrayList<>();
        List<Map<String, Double>> afters = new ArrayList<>();
        List<Map<String, Double>> cappeds = new ArrayList<>();
        for (int i = 0; i < option("national-runs", 3); i++) {
            floors.add(Process.timed(floorCommand));
            befores.add(Process.timed(before));
            afters.add(Process.timed(evaluate));
            cappeds.add(Process.timed(capped));
        }
        double floorSeconds = median(floors, "wall") / 1000;
        Map<List<Map<String, Double>>, String> names = new java.util.IdentityHashMap<>();
        names.put(befores, "`--no-cache`");
        names.put(afters, "cache hit");
        names.put(cappeds, "cache hit, `-Xmx1g`");
        for (List<Map<String, Double>> runs : List.of(befores, afters, cappeds)) {
            double evaluateSeconds = median(runs, "wall") / 1000;
            double verdicts = median(runs, "verdicts");
            print(String.format(Locale.ROOT, "| %d | %d | %d | %.0f | %s | %.1f | %.1f | %.2f | %.0f | %.0f | %.0f |",
                    districts, quarters, files, bytes / 1e6, names.get(runs), floorSeconds,
                    evaluateSeconds, evaluateSeconds / floorSeconds, median(runs, "peak-heap-mb"), verdicts,
                    verdicts / evaluateSeconds));
        }
        print(String.format(Locale.ROOT, "|  |  |  |  | phases of the hit, s | rules %.1f | snapshots %.1f | evaluate %.1f | write %.1f |  |  |",
                median(afters, "rules") / 1000, median(afters, "snapshots") / 1000, median(afters, "evaluate") / 1000,
                median(afters, "write") / 1000));
    }

    private static double median(List<Map<String, Double>> runs, String key) {
        double[] values = runs.stream().mapToDouble(r -> r.getOrDefault(key, Double.NaN)).sorted().toArray();
        return values.length == 0 ? Double.NaN : values[values.length / 2];
    }

    private void print(String line) {
        System.out.println(line);
        lines.add(line);
    }

    /** Runs a process, keeps stdout out of the way, and reads its {@code timing NAME VALUE} lines from stderr. */
    static final class Process {
        static Map<String, Double> timed(List<String> command) throws IOException, InterruptedException {
            long start = System.nanoTime();
            java.lang.Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = p.waitFor();
            double wall = (System.nanoTime() - start) / 1e6;
            if (code != 0) {
                throw new IllegalStateException("exit " + code + " from " + command + "\n" + err);
            }
            Map<String, Double> timings = new LinkedHashMap<>();
            for (String line : err.split("\n")) {
                String[] f = line.trim().split("\\s+");
                if (f.length == 3 && f[0].equals("timing")) {
                    timings.put(f[1], Double.parseDouble(f[2]));
                }
            }
            timings.put("wall", wall);
            return timings;
        }

        private Process() {
        }
    }
}
