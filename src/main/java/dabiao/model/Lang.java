package dabiao.model;

/** The language of messages and reports. */
public enum Lang {
    ZH,
    EN;

    /** Picks the Chinese or the English of a pair. */
    public String pick(String zh, String en) {
        return this == EN ? en : zh;
    }

    /** Items listed in a sentence: "上海市、扬州市", "Shanghai, Yangzhou". */
    public String list(Iterable<? extends CharSequence> items) {
        return String.join(pick("、", ", "), items);
    }
}
