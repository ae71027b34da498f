package dabiao.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a report comes from, so that a reader can tell what it is and reproduce it: the program, when it
 * was made, digests of the rules and of the snapshots it read, what the snapshots say of their figures,
 * and what moved since the previous period.
 *
 * @param version         the program, e.g. {@code dabiao 0.1.0}
 * @param generatedAt     when the report was made
 * @param rulesSha256     the SHA-256 digest of the rules files (see {@code README}: how it is computed)
 * @param snapshotsSha256 the SHA-256 digest of the snapshots up to the as-of period
 * @param snapshots       how many snapshots that digest covers
 * @param sources         each region's {@code source:} lines, once per distinct text
 * @param sincePrevious   what moved since the previous period's evaluation, or null when the data has none
 */
public record Origin(String version, OffsetDateTime generatedAt, String rulesSha256, String snapshotsSha256,
                     int snapshots, List<Source> sources, ReportDiff sincePrevious) {

    public Origin {
        Objects.requireNonNull(version, "version must not be null");
        Objects.requireNonNull(generatedAt, "generatedAt must not be null");
        sources = List.copyOf(sources);
    }

    /**
     * One region's {@code source:} line, as the snapshots of {@code first} to {@code last} give it.
     *
     * @param region the region as a whole
     * @param first  the earliest period with this text
     * @param last   the latest period with this text
     * @param text   the line as written
     */
    public record Source(Scope region, Period first, Period last, String text) {

        /** Whether the line says its figures are examples, not statistics ("示例数据", "illustrative"). */
        public boolean illustrative() {
            String t = text.toLowerCase(Locale.ROOT);
            return t.contains("illustrative") || t.contains("示例") || t.contains("模拟");
        }
    }

    /** Whether any snapshot says its figures are illustrative. */
    public boolean illustrative() {
        return sources.stream().anyMatch(Source::illustrative);
    }
}
