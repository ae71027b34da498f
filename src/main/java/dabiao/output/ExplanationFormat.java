package dabiao.output;

import dabiao.model.Lang;

import java.util.Locale;
import java.util.function.Function;

/** The output formats of {@code explain}; chosen like {@link Format}, an unknown name refused. */
public enum ExplanationFormat {
    TABLE(ExplanationTable::new),
    JSON(lang -> new ExplanationJson());

    private final Function<Lang, ExplanationWriter> factory;

    ExplanationFormat(Function<Lang, ExplanationWriter> factory) {
        this.factory = factory;
    }

    public ExplanationWriter writer(Lang lang) {
        return factory.apply(lang);
    }

    /** The name used on the command line, e.g. {@code json}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
