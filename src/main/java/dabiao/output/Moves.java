package dabiao.output;

import dabiao.diagnostics.Messages;
import dabiao.model.Amounts;
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

    /** "4.2 (2024-Q4) → 4.1 (2025-Q2)": the latest figure before and after. */
    static String figures(ReportDiff.Change c, String unit, Lang lang) {
        return figure(c.before(), unit, lang) + " → " + figure(c.after(), unit, lang);
    }

    /** "1.02 → 0.81": the pace ratio before and after. */
    static String pace(ReportDiff.Change c) {
        return pace(c.before()) + " → " + pace(c.after());
    }

    private static String figure(Verdict v, String unit, Lang lang) {
        Point p = v == null ? null : v.assessment().latest();
        return p == null ? "—" : Amounts.of(p.value(), unit, lang) + " (" + p.period() + ")";
    }

    private static String pace(Verdict v) {
        return v == null || v.assessment().paceRatio() == null ? "—" : Numbers.paceRatio(v.assessment().paceRatio());
    }
}
