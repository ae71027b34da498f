package dabiao.model;

/**
 * A verdict's status. The order from {@link #MET} to {@link #MISSED} is the order of severity used by
 * {@code --fail-on}; {@link #NO_DATA} stands outside it.
 */
public enum Status {
    MET("met", "已达标", "met"),
    ON_TRACK("on-track", "进度正常", "on track"),
    AT_RISK("at-risk", "有风险", "at risk"),
    OFF_TRACK("off-track", "进度滞后", "off track"),
    MISSED("missed", "未达标", "missed"),
    NO_DATA("no-data", "无数据", "no data");

    private final String id;
    private final String zh;
    private final String en;

    Status(String id, String zh, String en) {
        this.id = id;
        this.zh = zh;
        this.en = en;
    }

    /** The identifier used in JSON and on the command line, e.g. {@code on-track}. */
    public String id() {
        return id;
    }

    public String label(Lang lang) {
        return lang.pick(zh, en);
    }

    /** Whether this status is as bad as {@code threshold} or worse; never true for no-data. */
    public boolean atOrPast(Status threshold) {
        return this != NO_DATA && threshold != NO_DATA && ordinal() >= threshold.ordinal();
    }

    /** Looks a status up by its identifier; null when there is none. */
    public static Status byId(String id) {
        for (Status s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        return null;
    }
}
