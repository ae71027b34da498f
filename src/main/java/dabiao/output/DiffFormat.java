package dabiao.output;

import dabiao.model.Catalog;
import dabiao.model.Lang;

import java.util.function.BiFunction;

/** The output formats of {@code diff}; chosen like {@link Format}, an unknown name refused. */
public enum DiffFormat implements Named {
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
}
