package dabiao.output;

import dabiao.model.Lang;

import java.util.function.Function;

/** The output formats of {@code explain}; chosen like {@link Format}, an unknown name refused. */
public enum ExplanationFormat implements Named {
    TABLE(ExplanationTable::new),
    JSON(lang -> new ExplanationJson());

    private final Function<Lang, ExplanationWriter> factory;

    ExplanationFormat(Function<Lang, ExplanationWriter> factory) {
        this.factory = factory;
    }

    public ExplanationWriter writer(Lang lang) {
        return factory.apply(lang);
    }
}
