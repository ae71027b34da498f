package dabiao.engine;

import dabiao.input.Messages;
import dabiao.model.Band;
import dabiao.model.Catalog;
import dabiao.model.Comparison;
import dabiao.model.Lang;
import dabiao.model.Numbers;
import dabiao.model.Requirement;
import dabiao.model.Target;

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
        String comparison = r.comparison().symbol() + " " + Numbers.plain(r.value()) + unit;
        if (r.comparison() == Comparison.ABOUT) {
            Band band = r.comparison().band(r.value());
            comparison = Messages.get(lang, "requirement.about", comparison, Numbers.plain(band.bound()) + unit);
        }
        return Form.of(target.form()).phrase(comparison, target, lang);
    }

    /** The unit as written after a figure of the target's indicator; empty when the catalog lacks it. */
    public static String unit(Target target, Catalog catalog, Lang lang) {
        return catalog.find(target.indicator()).map(i -> i.unitAfterFigure(lang)).orElse("");
    }
}
