package dabiao.model;

/** A one-sentence reason for a verdict, in Chinese and English. */
public record Reason(String zh, String en) {

    public String in(Lang lang) {
        return lang.pick(zh, en);
    }
}
