package dabiao.output;

import dabiao.diagnostics.Messages;
import dabiao.engine.Wording;
import dabiao.model.Catalog;
import dabiao.model.Lang;
import dabiao.model.Numbers;
import dabiao.model.Point;
import dabiao.model.ReportDiff;
import dabiao.model.Status;
import dabiao.model.Verdict;

/** How the diff formats read out a change: its move, its statuses and the figures behind it. */
final class Moves {

    private Moves() {
    }

    static String label(ReportDiff.Move move, Lang lang) {
        return Messages.get(lang, "diff.move." + move.id());
    }

    /** "进度正常 → 有风险"; a verdict absent before reads as no data. */
    static String statuses(ReportDiff.Change c, Lang lang) {
        Status before = c.before() == null ? Status.NO_DATA : c.before().status();
        return before.label(lang) + " → " + c.after().status().label(lang);
    }

    /** "4.2个/千人 (2024-Q4) → 4.1个/千人 (2025-Q2)": the figure judged before and after. */
    static String figures(ReportDiff.Change c, Catalog catalog, Lang lang) {
        return figure(c.before(), catalog, lang) + " → " + figure(c.after(), catalog, lang);
    }

    /** "1.02 → 0.81": the pace ratio before and after. */
    static String pace(ReportDiff.Change c) {
        return pace(c.before()) + " → " + pace(c.after());
    }

    private static String figure(Verdict v, Catalog catalog, Lang lang) {
        Point p = v == null ? null : v.assessment().latest();
        return p == null ? "—" : Wording.judged(v.assessment(), catalog, lang) + " (" + p.period() + ")";
    }

    private static String pace(Verdict v) {
        return v == null || v.assessment().paceRatio() == null ? "—" : Numbers.paceRatio(v.assessment().paceRatio());
    }
}
