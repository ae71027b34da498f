package dabiao.engine;

import dabiao.input.Messages;
import dabiao.model.Lang;
import dabiao.model.Period;

/** How periods are read out in sentences: "2025年末" / "end of 2025". */
public final class Labels {

    private Labels() {
    }

    /** The end of a period, as a deadline is named. */
    public static String deadline(Period p, Lang lang) {
        return p.isYear()
                ? Messages.get(lang, "period.end-of-year", p.year())
                : Messages.get(lang, "period.end-of-quarter", p.year(), p.quarter());
    }
}
