package dabiao.model;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every indicator code, defined once. */
public final class Catalog {

    private final Map<String, Indicator> byCode;

    public Catalog(List<Indicator> indicators) {
        Map<String, Indicator> map = new LinkedHashMap<>();
        indicators.forEach(i -> map.put(i.code(), i));
        this.byCode = Collections.unmodifiableMap(map);
    }

    public Optional<Indicator> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The indicator with this code; throws IllegalArgumentException for an unknown code. */
    public Indicator get(String code) {
        Indicator i = byCode.get(code);
        if (i == null) {
            throw new IllegalArgumentException("unknown indicator: " + code);
        }
        return i;
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    public Collection<Indicator> indicators() {
        return byCode.values();
    }
}
