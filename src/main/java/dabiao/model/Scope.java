package dabiao.model;

/**
 * What a target is judged on: a region as a whole (a city), one of its districts, counties or functional
 * zones, or a unit below them (a street or town, a community or village). Target rules select scopes by
 * these fields, e.g. {@code Scope(region == "310000", district)} or
 * {@code Scope(region == "310000", level == ScopeLevel.STREET)}.
 *
 * @param code     the GB/T 2260 or NBS statistical division code, e.g. {@code 310101}, {@code 310101002}
 * @param name     the Chinese name, e.g. 黄浦区
 * @param region   the code of the region the scope belongs to; a region's own code for a region
 * @param parent   the code of the scope it lies in: the region for a district, the district for a street,
 *                 the street for a community; null for a region
 * @param level    its level in the hierarchy
 * @param functionalZone true for a functional zone (功能区, e.g. a development zone with a statistical
 *                 code only): plans that count 县(市、区) do not count it, though some assign it tasks
 */
public record Scope(String code, String name, String region, String parent, ScopeLevel level,
                    boolean functionalZone) {

    public static Scope region(String code, String name) {
        return new Scope(code, name, code, null, ScopeLevel.REGION, false);
    }

    /** A district or a functional zone, as {@code functionalZone} says. */
    public static Scope district(String code, String name, String region, boolean functionalZone) {
        return new Scope(code, name, region, region, ScopeLevel.DISTRICT, functionalZone);
    }

    /** A street, town, community or village of {@code region}, lying in {@code parent}. */
    public static Scope unit(String code, String name, String region, String parent, ScopeLevel level) {
        return new Scope(code, name, region, parent, level, false);
    }

    /** A district, county or zone: the level most targets below the city name (各区). */
    public boolean district() {
        return level == ScopeLevel.DISTRICT;
    }

    /** The region as a whole. */
    public boolean wholeRegion() {
        return level == ScopeLevel.REGION;
    }
}
