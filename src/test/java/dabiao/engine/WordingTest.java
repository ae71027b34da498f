package dabiao.engine;

import dabiao.model.Catalog;
import dabiao.model.Lang;
import dabiao.model.Period;
import dabiao.model.Provenance;
import dabiao.model.Requirement;
import dabiao.model.Target;
import dabiao.model.TargetForm;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How requirements read, for every form. */
class WordingTest {

    private static Target target(String require, TargetForm form, String start, String deadline) {
        return new Target("t", "r", new Provenance("D", "（一）", "W"), "T", "T", "x", Requirement.parse(require), form,
                Period.parse(start), Period.parse(deadline), null, null);
    }

    private static String zh(Target t) {
        return Wording.requirement(t, new Catalog(List.of()), Lang.ZH);
    }

    @Test
    void eachFormReadsAsThePlanSaysIt() {
        assertThat(zh(target("about 4.5", TargetForm.LEVEL, "2023", "2027"))).isEqualTo("≈ 4.5（4.275起即达标）");
        assertThat(zh(target("at least 15000", TargetForm.INCREASE, "2020", "2023"))).isEqualTo("较2020年末新增 ≥ 1.5万");
        assertThat(zh(target("at least 800", TargetForm.YEARLY, "2023", "2025"))).isEqualTo("每年 ≥ 800（2023–2025年）");
        assertThat(zh(target("at least 20", TargetForm.CUMULATIVE, "2020", "2025"))).isEqualTo("2021–2025年累计 ≥ 20");
        assertThat(zh(target("at most 30", TargetForm.LEVEL, "2020", "2025"))).isEqualTo("≤ 30");
    }
}
