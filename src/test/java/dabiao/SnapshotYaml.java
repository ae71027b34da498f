package dabiao;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the text of a snapshot for tests: {@code new SnapshotYaml("2020-Q4").district("310101", ...)}. */
public final class SnapshotYaml {

    private static final Map<String, String> NAMES = Map.of(
            "310101", "黄浦区", "310104", "徐汇区", "310105", "长宁区", "310106", "静安区",
            "310107", "普陀区", "310109", "虹口区", "310110", "杨浦区", "310112", "闵行区");

    private final String period;
    private final Map<String, Object> region = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> districts = new LinkedHashMap<>();

    /** A Shanghai snapshot for {@code period}. */
    public SnapshotYaml(String period) {
        this.period = period;
    }

    /** Adds figures of the region: code, value, code, value, … */
    public SnapshotYaml region(Object... pairs) {
        put(region, pairs);
        return this;
    }

    /** Adds figures of a district (one of the first eight Shanghai districts): code, value, … */
    public SnapshotYaml district(String code, Object... pairs) {
        put(districts.computeIfAbsent(code, c -> new LinkedHashMap<>()), pairs);
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
        lines.add("region: {code: \"310000\", name: 上海市}");
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
        return String.join("\n", lines) + "\n";
    }
}
