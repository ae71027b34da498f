package dabiao.output;

import dabiao.diagnostics.Messages;
import dabiao.engine.Wording;
import dabiao.model.Assessment;
import dabiao.model.Catalog;
import dabiao.model.Lang;
import dabiao.model.Verdict;

/** A verdict's distance from its target in words: "还差 2,310个" below a floor, "超出 3.2微克/立方米" over a ceiling. */
final class Gaps {

    private Gaps() {
    }

    /** The gap of {@code v} with its unit, or null when it has no figure to measure. */
    static String of(Verdict v, Catalog catalog, Lang lang) {
        Assessment a = v.assessment();
        String amount = Wording.gap(a, catalog, lang);
        if (amount == null) {
            return null;
        }
        return Messages.get(lang, a.band().min() == null ? "report.gap.over" : "report.gap.short", amount);
    }
}
