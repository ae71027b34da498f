package dabiao;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the text of a snapshot for tests: {@code new SnapshotYaml("2020-Q4").district("310101", ...)}. */
public final class SnapshotYaml {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("310101", "黄浦区"), Map.entry("310104", "徐汇区"), Map.entry("310105", "长宁区"),
            Map.entry("310106", "静安区"), Map.entry("310107", "普陀区"), Map.entry("310109", "虹口区"),
            Map.entry("310110", "杨浦区"), Map.entry("310112", "闵行区"),
            Map.entry("321002", "广陵区"), Map.entry("321003", "邗江区"), Map.entry("321012", "江都区"),
            Map.entry("321023", "宝应县"), Map.entry("321081", "仪征市"), Map.entry("321084", "高邮市"),
            Map.entry("321071", "扬州经济技术开发区"));

    private final String regionCode;
    private final String regionName;
    private final String period;
    private final Map<String, Object> region = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> districts = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> units = new LinkedHashMap<>();

    /** A Shanghai snapshot for {@code period}. */
    public SnapshotYaml(String period) {
        this("310000", "上海市", period);
    }

    /** A snapshot of another region (Yangzhou: 321000, 扬州市). */
    public SnapshotYaml(String regionCode, String regionName, String period) {
        this.regionCode = regionCode;
        this.regionName = regionName;
        this.period = period;
    }

    /** Adds figures of the region: code, value, code, value, … */
    public SnapshotYaml region(Object... pairs) {
        put(region, pairs);
        return this;
    }

    /** Adds figures of a district (the first eight of Shanghai, or any of Yangzhou): code, value, … */
    public SnapshotYaml district(String code, Object... pairs) {
        put(districts.computeIfAbsent(code, c -> new LinkedHashMap<>()), pairs);
        return this;
    }

    /** Adds figures of a street or community (a 9- or 12-digit code of the bundled divisions): code, value, … */
    public SnapshotYaml unit(String code, Object... pairs) {
        put(units.computeIfAbsent(code, c -> new LinkedHashMap<>()), pairs);
        return this;
    }

    private static void put(Map<String, Object> values, Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1]);
        }
    }

    public String text() {
        List<String> lines = new ArrayList<>();
        lines.add("schema: dabiao/indicators/v1");
        lines.add("region: {code: \"" + regionCode + "\", name: " + regionName + "}");
        lines.add("period: " + period);
        if (!region.isEmpty()) {
            lines.add("values:");
            region.forEach((k, v) -> lines.add("  " + k + ": " + v));
        }
        if (!districts.isEmpty()) {
            lines.add("districts:");
            districts.forEach((code, values) -> {
                lines.add("  - code: \"" + code + "\"");
                lines.add("    name: " + NAMES.get(code));
                lines.add("    values:");
                values.forEach((k, v) -> lines.add("      " + k + ": " + v));
            });
        }
        if (!units.isEmpty()) {
            lines.add("units:");
            units.forEach((code, values) -> {
                lines.add("  - code: \"" + code + "\"");
                lines.add("    values:");
                values.forEach((k, v) -> lines.add("      " + k + ": " + v));
            });
        }
        return String.join("\n", lines) + "\n";
    }
}
