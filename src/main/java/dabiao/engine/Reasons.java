package dabiao.engine;

import dabiao.input.Messages;
import dabiao.model.Assessment;
import dabiao.model.Catalog;
import dabiao.model.Indicator;
import dabiao.model.Lang;
import dabiao.model.Numbers;
import dabiao.model.Point;
import dabiao.model.Reason;
import dabiao.model.Requirement;
import dabiao.model.TargetForm;

/** Words a verdict's one-sentence reason, in Chinese and English, from its evidence. */
final class Reasons {

    private final Catalog catalog;

    Reasons(Catalog catalog) {
        this.catalog = catalog;
    }

    /** @param why the reason's key below {@code reason.}, e.g. {@code behind-pace} */
    Reason of(Assessment a, String why) {
        return new Reason(sentence(a, why, Lang.ZH), sentence(a, why, Lang.EN));
    }

    private String sentence(Assessment a, String why, Lang lang) {
        String key = "reason." + why;
        if (a.missing() != null) {
            key += "." + a.missing().what().id();
        }
        Point latest = a.latest();
        return Messages.get(lang, key,
                latest == null ? "" : figure(latest.value(), a, lang),
                latest == null ? "" : latest.period(),
                target(a, lang),
                Labels.deadline(a.deadline(), lang),
                a.expectedNow() == null ? "" : figure(a.expectedNow(), a, lang),
                a.paceRatio() == null ? "" : Numbers.rounded(a.paceRatio(), 2),
                a.projection() == null ? "" : figure(a.projection(), a, lang),
                indicatorName(a, lang),
                a.missing() == null || a.missing().period() == null ? "" : a.missing().period());
    }

    /** The requirement as read: "≥ 4.5 个/千人", or for an increase "新增 ≥ 15000 张". */
    String target(Assessment a, Lang lang) {
        Requirement r = a.target().requirement();
        String text = r.comparison().symbol() + " " + Numbers.plain(r.value()) + unit(a, lang);
        return a.target().form() == TargetForm.INCREASE ? Messages.get(lang, "reason.increase", text) : text;
    }

    private String figure(double value, Assessment a, Lang lang) {
        return Numbers.rounded(value, 2) + unit(a, lang);
    }

    private String unit(Assessment a, Lang lang) {
        return catalog.find(a.target().indicator()).map(i -> i.unitAfterFigure(lang)).orElse("");
    }

    private String indicatorName(Assessment a, Lang lang) {
        return catalog.find(a.target().indicator()).map((Indicator i) -> i.name(lang)).orElse(a.target().indicator());
    }
}
