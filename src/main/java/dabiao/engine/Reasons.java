package dabiao.engine;

import dabiao.diagnostics.Messages;
import dabiao.model.Amounts;
import dabiao.model.Assessment;
import dabiao.model.BaselineKind;
import dabiao.model.Catalog;
import dabiao.model.Indicator;
import dabiao.model.Lang;
import dabiao.model.Numbers;
import dabiao.model.Point;
import dabiao.model.Reason;

/**
 * Words a verdict's one-sentence reason, in Chinese and English, from its evidence. Figures are printed
 * with the digits that decide: against the band that counts as met, against the level expected by now,
 * and a pace ratio against its thresholds, so a reason never contradicts its status through rounding.
 */
final class Reasons {

    private final Catalog catalog;

    Reasons(Catalog catalog) {
        this.catalog = catalog;
    }

    /** @param why the reason's key below {@code reason.}, e.g. {@code behind-pace} (two rules may reach one status) */
    Reason of(Assessment a, String why) {
        return new Reason(sentence(a, why, Lang.ZH), sentence(a, why, Lang.EN));
    }

    /*
     * The arguments of every reason.* message:
     * {0} the figure the status rests on, {1} its period, {2} the requirement, {3} the deadline, {4} the level
     * expected by now, {5} the pace ratio, {6} the projection, {7} the indicator's name, {8} the period a
     * missing figure concerns, {9} the baseline clause, {10} the clause on figures since the deadline,
     * {11} how far the figure is off the target, {12} the as-of period, {13} "below" or (for a ceiling) "above".
     */
    private String sentence(Assessment a, String why, Lang lang) {
        String key = "reason." + why;
        if (a.missing() != null) {
            key += "." + a.missing().what().id();
        } else if (why.equals("met") && a.deadlinePassed()) {
            key += ".at-deadline";
        }
        Point latest = a.latest();
        double bound = measured(a, a.band().bound());
        Double expected = a.expectedNow() == null ? null : measured(a, a.expectedNow());
        Double projected = a.projection() == null ? null : measured(a, a.projection());
        int digits = 2;
        if (a.measured() != null) {
            digits = Amounts.digitsSeparating(a.measured(), bound, lang);
            if (expected != null) {
                digits = Math.max(digits, Amounts.digitsSeparating(a.measured(), expected, lang));
            }
        }
        return Messages.get(lang, key,
                a.measured() == null ? "" : figure(a.measured(), digits, a, lang),
                latest == null ? "" : latest.period(),
                Wording.requirement(a.target(), catalog, lang),
                Labels.deadline(a.deadline(), lang),
                expected == null ? "" : figure(expected, digits, a, lang),
                a.paceRatio() == null ? "" : Numbers.paceRatio(a.paceRatio()),
                projected == null ? "" : figure(projected, Amounts.digitsSeparating(projected, bound, lang), a, lang),
                indicatorName(a, lang),
                a.missing() == null || a.missing().period() == null ? "" : a.missing().period(),
                baselineClause(a, lang),
                sinceClause(a, lang),
                latest == null ? "" : gap(a, lang),
                a.asOf(),
                Messages.get(lang, a.target().requirement().comparison().direction() > 0
                        ? "reason.short-of.up" : "reason.short-of.down"));
    }

    /** How far the figure is off the bound that counts as met; at a strict bound, that the bound does not count. */
    private String gap(Assessment a, Lang lang) {
        String text = Wording.gap(a, catalog, lang);
        return a.gap() == 0 && a.band().strict() ? Messages.get(lang, "reason.gap.strict", text) : text;
    }

    /** Said when the path starts at the earliest figure because the starting period's was not reported. */
    private String baselineClause(Assessment a, Lang lang) {
        if (a.baselineKind() != BaselineKind.EARLIEST || a.target().start() == null) {
            return "";
        }
        return Messages.get(lang, "reason.clause.earliest-baseline", a.target().start(),
                Amounts.of(a.baseline().value(), unit(a, lang), lang), a.baseline().period());
    }

    /**
     * Figures after a closed deadline, as context: when a target missed at the deadline was first met,
     * that a target met at the deadline no longer is, or just the latest figure.
     */
    private String sinceClause(Assessment a, Lang lang) {
        Point since = a.sinceDeadline();
        if (since == null) {
            return "";
        }
        if (a.latest() != null && !a.satisfied() && Form.of(a.target().form()).metLateByLaterFigures()) {
            for (Point p : a.afterDeadline()) {
                if (a.target().requirement().satisfiedBy(measured(a, p.value()))) {
                    return Messages.get(lang, "reason.clause.met-late", p.period());
                }
            }
        }
        double value = measured(a, since.value());
        String figure = figure(value, Amounts.digitsSeparating(value, measured(a, a.band().bound()), lang), a, lang);
        if (a.satisfied() && !a.target().requirement().satisfiedBy(value)) {
            return Messages.get(lang, "reason.clause.fell-back", since.period(), figure);
        }
        return Messages.get(lang, "reason.clause.since", since.period(), figure);
    }

    /** A level in the terms the target compares (for an increase: the increase over the baseline). */
    private static double measured(Assessment a, double level) {
        return Form.of(a.target().form()).measured(level, a.baseline() == null ? 0 : a.baseline().value());
    }

    private String figure(double value, int digits, Assessment a, Lang lang) {
        return Form.of(a.target().form()).figure(value, Amounts.rounded(Math.abs(value), digits, unit(a, lang), lang), lang);
    }

    private String unit(Assessment a, Lang lang) {
        return Wording.unit(a.target(), catalog, lang);
    }

    /** The indicator's name as it reads inside a sentence (English: "new brand first stores…"). */
    private String indicatorName(Assessment a, Lang lang) {
        String name = catalog.find(a.target().indicator()).map((Indicator i) -> i.name(lang)).orElse(a.target().indicator());
        boolean capitalisedWord = name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isLowerCase(name.charAt(1));
        return lang == Lang.EN && capitalisedWord ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name;
    }
}
