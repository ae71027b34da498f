package dabiao.output;

import dabiao.engine.Wording;
import dabiao.diagnostics.Messages;
import dabiao.model.Lang;
import dabiao.model.Report;
import dabiao.model.SourceRef;
import dabiao.model.Verdict;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code --format github}: GitHub Actions workflow commands, which GitHub turns into annotations on the
 * snapshot line that holds the latest figure. {@code ::error} for a verdict at or past
 * {@code --fail-on}, {@code ::warning} for one at risk or worse below it. GitHub shows at most
 * {@value #SHOWN} of each per step and drops the rest, so only the {@value #SHOWN} most important of each
 * are written ({@link Attention}'s order: worst status, then largest gap); one {@code ::notice} counts
 * those left out and points at the job summary; then one line of counts.
 */
public final class GithubWriter implements ReportWriter {

    /** How many annotations of one kind GitHub shows for a step. */
    static final int SHOWN = 10;

    private final WriterOptions options;

    public GithubWriter(WriterOptions options) {
        this.options = options;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        Lang lang = options.lang();
        List<Verdict> errors = Attention.worstFirst(report.verdicts().stream().filter(options::fails).toList());
        List<Verdict> warnings = Attention.of(report).stream().filter(v -> !options.fails(v)).toList();
        for (Verdict v : errors.subList(0, Math.min(SHOWN, errors.size()))) {
            out.write(command("error", v, lang));
        }
        for (Verdict v : warnings.subList(0, Math.min(SHOWN, warnings.size()))) {
            out.write(command("warning", v, lang));
        }
        int leftErrors = Math.max(0, errors.size() - SHOWN);
        int leftWarnings = Math.max(0, warnings.size() - SHOWN);
        if (leftErrors + leftWarnings > 0) {
            out.write("::notice title=" + property(Messages.get(lang, "github.left-out.title")) + "::"
                    + data(Messages.get(lang, "github.left-out", leftErrors, leftWarnings, SHOWN)) + "\n");
        }
        out.write(Messages.get(lang, "github.count", report.asOf(), report.verdicts().size(), errors.size(),
                options.failOn() == null ? "never" : options.failOn().id(), warnings.size()) + "\n");
    }

    private static String command(String name, Verdict v, Lang lang) {
        StringBuilder line = new StringBuilder("::").append(name).append(' ');
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
        return line.append('\n').toString();
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
