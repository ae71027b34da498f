package dabiao.output;

import java.util.function.Function;

/** The output formats of {@code evaluate}; an unknown name is refused when options are read. */
public enum Format implements Named {
    TABLE(o -> new TableWriter(o.lang())),
    JSON(o -> new JsonWriter()),
    CSV(o -> new CsvWriter(o.bom())),
    MARKDOWN(MarkdownWriter::new),
    JUNIT(JunitWriter::new),
    GITHUB(GithubWriter::new),
    SARIF(SarifWriter::new),
    HTML(o -> new HtmlWriter(o.lang(), o.origin()));

    private final Function<WriterOptions, ReportWriter> factory;

    Format(Function<WriterOptions, ReportWriter> factory) {
        this.factory = factory;
    }

    /** A writer of this format with the options it needs. */
    public ReportWriter writer(WriterOptions options) {
        return factory.apply(options);
    }
}
