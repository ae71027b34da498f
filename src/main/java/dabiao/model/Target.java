package dabiao.model;

import java.util.Objects;

/**
 * A quantitative target of a plan: what is required of an indicator by a deadline, with provenance.
 * Which scopes a target applies to is decided by its rule, not stored here.
 *
 * @param id          a stable identifier, e.g. {@code sh23-15-childcare-per-1000}
 * @param rule        the name of the rule that declares it, e.g. 沪府办发〔2022〕23号（十五）每千人口托位数
 * @param provenance  document, clause and wording
 * @param title       a short Chinese name
 * @param titleEn     a short English name
 * @param indicator   the catalog code of the indicator the target is stated in
 * @param requirement the comparison and value (for {@link TargetForm#INCREASE}, the increase)
 * @param form        how the figure accumulates
 * @param start       the plan's starting period (the baseline), or null for the earliest figure
 * @param deadline    when the requirement must hold (for a yearly quota: the last year)
 * @param named       the scope the plan's sentence names ({@code @level}); a district matched by a
 *                    region-wide target is judged against the city's standard. Null: every scope the
 *                    rule matches is named.
 * @param source      where the rule is written
 */
public record Target(String id, String rule, Provenance provenance, String title, String titleEn,
                     String indicator, Requirement requirement, TargetForm form, Period start,
                     Period deadline, ScopeLevel named, SourceRef source) {

    public Target {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(provenance, "provenance must not be null");
        Objects.requireNonNull(indicator, "indicator must not be null");
        Objects.requireNonNull(requirement, "requirement must not be null");
        Objects.requireNonNull(form, "form must not be null");
        Objects.requireNonNull(deadline, "deadline must not be null");
    }

    /** The title in the given language. */
    public String title(Lang lang) {
        return lang == Lang.EN ? titleEn : title;
    }
}
