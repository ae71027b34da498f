package dabiao.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Phase times of one run, printed to stderr as {@code timing NAME VALUE} lines by the hidden
 * {@code --timings} option, for the benchmark to read. {@code jvm} is the time from the JVM's start to
 * the command; {@code total} is the time from the JVM's start to the end.
 */
final class Timings {

    private final PrintWriter err;
    private final boolean enabled;
    private long last = System.nanoTime();

    Timings(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
        if (enabled) {
            print("jvm", System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
        }
    }

    /** Records the time since the previous phase ended under {@code phase}. */
    void phase(String phase) {
        long now = System.nanoTime();
        if (enabled) {
            print(phase, (now - last) / 1_000_000);
        }
        last = now;
    }

    /** Records a duration measured elsewhere, e.g. on another thread. */
    void record(String name, long startNanos) {
        if (enabled) {
            print(name, (System.nanoTime() - startNanos) / 1_000_000);
        }
    }

    /** Records a number that is not a time, e.g. whether the rules came from the cache (1) or not (0). */
    void count(String name, long value) {
        if (enabled) {
            print(name, value);
        }
    }

    /** Prints a count, the total time and the peak heap. */
    void finish(int verdicts) {
        if (!enabled) {
            return;
        }
        print("verdicts", verdicts);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        print("peak-heap-mb", peak / (1024 * 1024));
        print("total", System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    private void print(String name, long value) {
        synchronized (err) {
            err.println("timing " + name + " " + value);
            err.flush();
        }
    }
}
