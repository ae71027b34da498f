package dabiao.model;

/**
 * The levels of the administrative hierarchy a plan's sentence can name, coarsest first: the region as
 * a whole (全市), each district (各区、县(市、区)), each street or town (各街道、镇) and each community or
 * village (各社区(居委会、村委会)). A target names one; an indicator is reported at its own level and above.
 */
public enum ScopeLevel {
    REGION,
    DISTRICT,
    STREET,
    COMMUNITY;

    /**
     * The word used in rules ({@code @level("region")}; Drools would read {@code @scope} as the imported
     * type {@code Scope}), in the catalog's {@code level:} and in JSON's {@code scope.level}.
     */
    public String word() {
        return Ids.of(this);
    }

    /** Every level's word, for messages that list them. */
    public static String words() {
        return String.join(", ", java.util.Arrays.stream(values()).map(ScopeLevel::word).toList());
    }

    /** Looks a level up by its word; null when there is none. */
    public static ScopeLevel byWord(String word) {
        for (ScopeLevel l : values()) {
            if (l.word().equals(word)) {
                return l;
            }
        }
        return null;
    }

    /** Whether this level lies below {@code other} (a street below a district). */
    public boolean below(ScopeLevel other) {
        return ordinal() > other.ordinal();
    }

    /** A unit below the district: a street or town, a community or village. */
    public boolean unit() {
        return below(DISTRICT);
    }

    /**
     * The code of the unit an NBS code of a street (9 digits) or community (12 digits) lies in: its first
     * 6 or 9 digits. Null for any other code (a district's parent is its region, whatever its code).
     */
    public static String unitParent(String code) {
        ScopeLevel level = ofUnitCode(code);
        return level == STREET ? code.substring(0, 6) : level == COMMUNITY ? code.substring(0, 9) : null;
    }

    /**
     * The level of an NBS statistical division code by its length: 6 digits for a county-level unit, 9
     * for a street or town (乡级), 12 for a community or village (村级); null for any other length.
     */
    public static ScopeLevel ofUnitCode(String code) {
        return switch (code.length()) {
            case 6 -> DISTRICT;
            case 9 -> STREET;
            case 12 -> COMMUNITY;
            default -> null;
        };
    }
}
