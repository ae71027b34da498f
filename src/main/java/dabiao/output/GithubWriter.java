package dabiao.output;

import dabiao.engine.Wording;
import dabiao.diagnostics.Messages;
import dabiao.model.Lang;
import dabiao.model.Report;
import dabiao.model.SourceRef;
import dabiao.model.Status;
import dabiao.model.Verdict;

import java.io.IOException;
import java.io.Writer;

/**
 * {@code --format github}: GitHub Actions workflow commands, which GitHub turns into annotations on the
 * snapshot line that holds the latest figure. {@code ::error} for a verdict at or past
 * {@code --fail-on}, {@code ::warning} for one at risk or worse below it, then one line of counts.
 */
public final class GithubWriter implements ReportWriter {

    private final WriterOptions options;

    public GithubWriter(WriterOptions options) {
        this.options = options;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        Lang lang = options.lang();
        int errors = 0;
        int warnings = 0;
        for (Verdict v : report.verdicts()) {
            String command;
            if (options.fails(v)) {
                command = "error";
                errors++;
            } else if (v.status().atOrPast(Status.AT_RISK)) {
                command = "warning";
                warnings++;
            } else {
                continue;
            }
            StringBuilder line = new StringBuilder("::").append(command).append(' ');
            SourceRef where = Where.of(v);
            if (where != null) {
                line.append("file=").append(property(where.file()));
                if (where.line() > 0) {
                    line.append(",line=").append(where.line());
                }
                if (where.column() > 0) {
                    line.append(",col=").append(where.column());
                }
                line.append(',');
            }
            line.append("title=").append(property(Wording.title(v, lang)));
            line.append("::").append(data(v.scope().name() + " " + v.scope().code() + " · " + v.status().label(lang)
                    + " · " + v.reason().in(lang) + " [" + v.target().id() + "]"));
            out.write(line.append('\n').toString());
        }
        out.write(Messages.get(lang, "github.count", report.asOf(), report.verdicts().size(), errors,
                options.failOn() == null ? "never" : options.failOn().id(), warnings) + "\n");
    }

    /** A command's message: GitHub reads %, CR and LF as escapes there. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A command's property value: as {@link #data}, and : and , which separate properties. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
