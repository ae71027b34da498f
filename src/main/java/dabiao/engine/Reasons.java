package dabiao.engine;

import dabiao.input.Messages;
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
 * with the digits that decide against the band that counts as met, so a reason never contradicts its
 * status through rounding.
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
     * {11} how far a figure slipped, {12} the as-of period, {13} "below" or (for a ceiling) "above".
     */
    private String sentence(Assessment a, String why, Lang lang) {
        String key = "reason." + why;
        if (a.missing() != null) {
            key += "." + a.missing().what().id();
        } else if (why.equals("met") && a.deadlinePassed()) {
            key += ".at-deadline";
        }
        Form form = Form.of(a.target().form());
        Point latest = a.latest();
        double bound = a.band().bound();
        return Messages.get(lang, key,
                latest == null ? "" : form.figure(deciding(a.measured(), measuredBound(a, bound), a, lang), lang),
                latest == null ? "" : latest.period(),
                Wording.requirement(a.target(), catalog, lang),
                Labels.deadline(a.deadline(), lang),
                a.expectedNow() == null ? "" : form.figure(rounded(form.measured(a.expectedNow(), base(a)), a, lang), lang),
                a.paceRatio() == null ? "" : Numbers.rounded(a.paceRatio(), 2),
                a.projection() == null ? "" : form.figure(rounded(form.measured(a.projection(), base(a)), a, lang), lang),
                indicatorName(a, lang),
                a.missing() == null || a.missing().period() == null ? "" : a.missing().period(),
                baselineClause(a, lang),
                sinceClause(a, lang),
                latest == null ? "" : Numbers.deciding(Math.abs(bound - latest.value()), 0) + unit(a, lang),
                a.asOf(),
                Messages.get(lang, a.target().requirement().comparison().direction() > 0
                        ? "reason.short-of.up" : "reason.short-of.down"));
    }

    /** Said when the path starts at the earliest figure because the starting period's was not reported. */
    private String baselineClause(Assessment a, Lang lang) {
        if (a.baselineKind() != BaselineKind.EARLIEST || a.target().start() == null) {
            return "";
        }
        return Messages.get(lang, "reason.clause.earliest-baseline", a.target().start(),
                rounded(a.baseline().value(), a, lang), a.baseline().period());
    }

    /** Figures after a closed deadline, as context: met late, fell back since, or just the latest. */
    private String sinceClause(Assessment a, Lang lang) {
        Point since = a.sinceDeadline();
        if (since == null) {
            return "";
        }
        Form form = Form.of(a.target().form());
        double measured = form.measured(since.value(), base(a));
        boolean metSince = a.target().requirement().satisfiedBy(measured);
        String figure = form.figure(deciding(measured, measuredBound(a, a.band().bound()), a, lang), lang);
        if (a.latest() != null && !a.satisfied() && metSince) {
            return Messages.get(lang, "reason.clause.met-late", since.period());
        }
        if (a.satisfied() && !metSince) {
            return Messages.get(lang, "reason.clause.fell-back", since.period(), figure);
        }
        return Messages.get(lang, "reason.clause.since", since.period(), figure);
    }

    private static double base(Assessment a) {
        return a.baseline() == null ? 0 : a.baseline().value();
    }

    /** The band's bound in the terms the figure is compared in (for an increase: an increase). */
    private static double measuredBound(Assessment a, double bound) {
        return Form.of(a.target().form()).measured(bound, base(a));
    }

    private String deciding(Double value, double bound, Assessment a, Lang lang) {
        return value == null ? "" : Numbers.deciding(value, bound) + unit(a, lang);
    }

    private String rounded(double value, Assessment a, Lang lang) {
        return Numbers.rounded(value, 2) + unit(a, lang);
    }

    private String unit(Assessment a, Lang lang) {
        return Wording.unit(a.target(), catalog, lang);
    }

    private String indicatorName(Assessment a, Lang lang) {
        return catalog.find(a.target().indicator()).map((Indicator i) -> i.name(lang)).orElse(a.target().indicator());
    }
}
