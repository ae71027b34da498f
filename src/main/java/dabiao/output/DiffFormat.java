package dabiao.output;

import dabiao.model.Catalog;
import dabiao.model.Lang;

import java.util.Locale;
import java.util.function.BiFunction;

/** The output formats of {@code diff}; chosen like {@link Format}, an unknown name refused. */
public enum DiffFormat {
    TABLE(DiffTable::new),
    MARKDOWN(DiffMarkdown::new),
    JSON((lang, catalog) -> new DiffJson(catalog));

    private final BiFunction<Lang, Catalog, DiffWriter> factory;

    DiffFormat(BiFunction<Lang, Catalog, DiffWriter> factory) {
        this.factory = factory;
    }

    public DiffWriter writer(Lang lang, Catalog catalog) {
        return factory.apply(lang, catalog);
    }

    /** The name used on the command line, e.g. {@code markdown}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
