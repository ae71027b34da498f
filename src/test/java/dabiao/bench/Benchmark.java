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
 * <p>Options: {@code --runs N} (cold-start runs, default 7), {@code --regions R} (31), {@code --districts D}
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
        int regions = option("regions", 31);
        int districts = option("districts", 2850);
        int quarters = option("quarters", 24);
        long seed = option("seed", 1);
        print("");
        print("### National scale (" + regions + " regions, synthetic, seed " + seed + ")");
        print("");
        print("| districts | quarters | files | MB | parse floor s | evaluate s | ratio | peak heap MB | verdicts | verdicts/s |");
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
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
        Path out = work.resolve("results.md");
        Files.createDirectories(work);
        Files.writeString(out, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        System.out.println();
        System.out.println("(also written to " + out + ")");
    }

    private void coldStart(int runs, Path work) throws Exception {
        print("### Cold start: `java -jar target/dabiao.jar evaluate` on the bundled data (median of " + runs + " runs)");
        print("");
        Files.createDirectories(work);
        Path archive = work.resolve("dabiao.jsa").toAbsolutePath();
        Files.deleteIfExists(archive);
        Process.timed(List.of("java", "-XX:ArchiveClassesAtExit=" + archive, "-jar", jar.toString(), "evaluate",
                "--fail-on", "never"));
        List<String> tuned = List.of("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1");
        List<Map<String, Double>> plain = new ArrayList<>();
        List<Map<String, Double>> fast = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            plain.add(Process.timed(evaluate(List.of())));
            fast.add(Process.timed(evaluate(tuned)));
        }
        print("| phase | ms, `java -jar` | ms, with `" + String.join(" ", tuned).replace(archive.toString(), "dabiao.jsa") + "` |");
        print("|---|---:|---:|");
        // rules (compiled on a thread of their own) and snapshots (read meanwhile) overlap; load is both
        for (String phase : List.of("jvm", "rules", "snapshots", "load", "evaluate", "write", "total", "wall")) {
            print("| " + phase + " | " + Math.round(median(plain, phase)) + " | " + Math.round(median(fast, phase)) + " |");
        }
    }

    private List<String> evaluate(List<String> jvmOptions) {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "evaluate", "--timings", "--fail-on", "never"));
        return command;
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
        Map<String, Double> floor = Process.timed(List.of("java", "-cp", classpath, ParseFloor.class.getName(),
                dir.resolve("indicators").toString()));
        Map<String, Double> eval = Process.timed(List.of("java", "-jar", jar.toString(), "evaluate", "--timings",
                "--rules", dir.resolve("rules").toString(), "--indicators", dir.resolve("indicators").toString(),
                "--divisions", dir.resolve("divisions.csv").toString(), "--format", "json", "--output",
                dir.resolve("verdicts.json").toString(), "--fail-on", "never"));
        double evaluateSeconds = eval.get("wall") / 1000;
        double floorSeconds = floor.get("wall") / 1000;
        double verdicts = eval.getOrDefault("verdicts", 0.0);
        print(String.format(Locale.ROOT, "| %d | %d | %d | %.0f | %.1f | %.1f | %.2f | %.0f | %.0f | %.0f |",
                districts, quarters, files, bytes / 1e6, floorSeconds, evaluateSeconds, evaluateSeconds / floorSeconds,
                eval.getOrDefault("peak-heap-mb", 0.0), verdicts, verdicts / evaluateSeconds));
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
