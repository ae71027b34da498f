package dabiao.output;

import dabiao.model.Lang;

import java.util.Locale;
import java.util.function.Function;

/** The output formats of {@code evaluate}; an unknown name is refused when options are read. */
public enum Format {
    TABLE(TableWriter::new),
    JSON(lang -> new JsonWriter());

    private final Function<Lang, ReportWriter> factory;

    Format(Function<Lang, ReportWriter> factory) {
        this.factory = factory;
    }

    /** A writer of this format in {@code lang} (formats meant for machines ignore it). */
    public ReportWriter writer(Lang lang) {
        return factory.apply(lang);
    }

    /** The name used on the command line, e.g. {@code json}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
