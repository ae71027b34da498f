package dabiao.model;

import java.util.Locale;

/** How an enum constant is named in JSON, CSV and rules: {@code DISTRICT_BENCHMARK} is {@code district-benchmark}. */
final class Ids {

    private Ids() {
    }

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
