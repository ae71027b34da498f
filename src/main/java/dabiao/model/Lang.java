package dabiao.model;

/** The language of messages and reports. */
public enum Lang {
    ZH,
    EN;

    /** Picks the Chinese or the English of a pair. */
    public String pick(String zh, String en) {
        return this == EN ? en : zh;
    }
}
