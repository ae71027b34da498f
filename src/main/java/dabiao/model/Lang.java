package dabiao.model;

import java.util.Locale;

/** The language of messages and reports. */
public enum Lang {
    ZH(Locale.SIMPLIFIED_CHINESE),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** Picks the Chinese or the English of a pair. */
    public String pick(String zh, String en) {
        return this == EN ? en : zh;
    }
}
