package dabiao.engine;

import dabiao.diagnostics.Messages;
import dabiao.model.Amounts;
import dabiao.model.Assessment;
import dabiao.model.Band;
import dabiao.model.Catalog;
import dabiao.model.Comparison;
import dabiao.model.Lang;
import dabiao.model.Numbers;
import dabiao.model.Requirement;
import dabiao.model.Target;
import dabiao.model.Verdict;

/**
 * How a target's requirement reads, written once for every reason, table, report and annotation:
 * "≥ 4.5个/千人", "≈ 85%（80.75%起即达标）", "较2020年末新增 ≥ 15000张", "每年 ≥ 800家（2023–2025年）",
 * "2021–2025年累计 ≥ 200个".
 */
public final class Wording {

    private Wording() {
    }

    /** The requirement of {@code target}, with the unit of its indicator. */
    public static String requirement(Target target, Catalog catalog, Lang lang) {
        Requirement r = target.requirement();
        String unit = unit(target, catalog, lang);
        String comparison = r.comparison().symbol() + " " + Amounts.exact(r.value(), unit, lang);
        if (r.comparison() == Comparison.ABOUT) {
            Band band = r.comparison().band(r.value());
            comparison = Messages.get(lang, "requirement.about", comparison, Amounts.rounded(band.bound(), Numbers.MOST_DIGITS, unit, lang));
        }
        return Form.of(target.form()).phrase(comparison, target, lang);
    }

    /**
     * A verdict's title as every list of verdicts shows it: the target's, the year of a quota, and for a
     * district benchmarked against a city-wide standard, that it is one ("…4.5个 · 对照全市标准").
     */
    public static String title(Verdict v, Lang lang) {
        return v.title(lang) + (v.binding() ? "" : " · " + Messages.get(lang, "report.benchmark"));
    }

    /** When a target starts, for one not yet in force: "2023年末", or a quota's first year "2023年". */
    public static String startsFrom(Target target, Lang lang) {
        return Form.of(target.form()).startsFrom(target, lang);
    }

    /** The unit as written after a figure of the target's indicator; empty when the catalog lacks it. */
    public static String unit(Target target, Catalog catalog, Lang lang) {
        return catalog.find(target.indicator()).map(i -> i.unitAfterFigure(lang)).orElse("");
    }

    /**
     * The figure a verdict rests on, as the requirement compares it and with the decimals that decide
     * against its bound: the level ("16.13万张"), or for an increase the increase ("新增 3.32万张"); the
     * level when an increase has no baseline, "—" without a figure.
     */
    public static String judged(Assessment a, Catalog catalog, Lang lang) {
        if (a.measured() == null) {
            return a.latest() == null ? "—" : Amounts.of(a.latest().value(), unit(a.target(), catalog, lang), lang);
        }
        Form form = Form.of(a.target().form());
        double bound = form.measured(a.band().bound(), a.baseline() == null ? 0 : a.baseline().value());
        String unsigned = Amounts.deciding(Math.abs(a.measured()), Math.abs(bound), unit(a.target(), catalog, lang), lang);
        return form.figure(a.measured(), unsigned, lang);
    }

    /**
     * How far the judged figure is from the bound that counts as met, with the decimals that keep a small
     * gap from reading as none ("0.03个百分点", never "0"); a gap between percents is in percentage points
     * ("13.2个百分点"), as officials say it. Null without a figure.
     */
    public static String gap(Assessment a, Catalog catalog, Lang lang) {
        Double gap = a.gap();
        if (gap == null) {
            return null;
        }
        String unit = unit(a.target(), catalog, lang);
        return Amounts.deciding(gap, 0, unit.equals("%") ? Messages.get(lang, "figure.percentage-points") : unit, lang);
    }

}
