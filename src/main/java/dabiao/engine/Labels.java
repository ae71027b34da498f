package dabiao.engine;

import dabiao.diagnostics.Messages;
import dabiao.model.Lang;
import dabiao.model.Period;
import dabiao.model.TargetForm;

/** How periods are read out in sentences: "2025年末" / "end of 2025". */
public final class Labels {

    private Labels() {
    }

    /** A target's form as a reader names it: 水平 / level, 期内累计 / running total, … */
    public static String form(TargetForm form, Lang lang) {
        return Messages.get(lang, "form." + form.word());
    }

    /** The end of a period, as a deadline is named. */
    public static String deadline(Period p, Lang lang) {
        return p.isYear()
                ? Messages.get(lang, "period.end-of-year", p.year())
                : Messages.get(lang, "period.end-of-quarter", p.year(), p.quarter());
    }
}
