package dabiao.model;

/**
 * What a target is judged on: a region as a whole (a city) or one of its districts,
 * counties or functional zones. Target rules select scopes by these fields, e.g.
 * {@code Scope(region == "310000", district)}.
 *
 * @param code     the GB/T 2260 (or statistical) code, e.g. {@code 310101}
 * @param name     the Chinese name, e.g. 黄浦区
 * @param region   the code of the region the scope belongs to; a region's own code for a region
 * @param district true for a district, county or zone; false for the region as a whole
 * @param functionalZone true for a functional zone (功能区, e.g. a development zone with a statistical
 *                 code only): plans that count 县(市、区) do not count it, though some assign it tasks
 */
public record Scope(String code, String name, String region, boolean district, boolean functionalZone) {

    public static Scope region(String code, String name) {
        return new Scope(code, name, code, false, false);
    }

    /** A district or a functional zone, as {@code functionalZone} says. */
    public static Scope district(String code, String name, String region, boolean functionalZone) {
        return new Scope(code, name, region, true, functionalZone);
    }
}
