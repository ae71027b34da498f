package dabiao.model;

/** Which scope a plan's sentence names: the region as a whole (全市) or each district (各区). */
public enum ScopeLevel {
    REGION,
    DISTRICT;

    /**
     * The word used in rules ({@code @level("region")}; Drools would read {@code @scope} as the imported
     * type {@code Scope}) and in JSON's {@code scope.level}.
     */
    public String word() {
        return Ids.of(this);
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
}
