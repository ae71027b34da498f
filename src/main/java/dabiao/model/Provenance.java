package dabiao.model;

/**
 * Where a target comes from, in the words officials cite it by.
 *
 * @param document the document number, e.g. 沪府办发〔2022〕23号 (or the title of an unnumbered plan)
 * @param clause   the clause, e.g. （十五）
 * @param wording  the sentence of the plan that sets the target, verbatim
 */
public record Provenance(String document, String clause, String wording) {
}
