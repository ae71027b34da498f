package dabiao.diagnostics;

import dabiao.model.Lang;
import dabiao.model.SourceRef;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One thing wrong with an input (a snapshot, the catalog, a rules file or an option), located and
 * worded so that the person who wrote it can act on it.
 *
 * @param where    the file, line and column
 * @param severity error, warning or note
 * @param key      the message key in {@code dabiao/messages_*.properties}
 * @param args     the message arguments
 * @param detail   what a library said of it, in its own language, shown only with {@code --verbose}; or null
 */
public record Problem(SourceRef where, Severity severity, String key, List<Object> args, String detail) {

    public static Problem error(SourceRef where, String key, Object... args) {
        return new Problem(where, Severity.ERROR, key, Collections.unmodifiableList(Arrays.asList(args)), null);
    }

    public static Problem warning(SourceRef where, String key, Object... args) {
        return new Problem(where, Severity.WARNING, key, Collections.unmodifiableList(Arrays.asList(args)), null);
    }

    /** Says what was understood of a figure; never fails a run, not even {@code validate --strict}. */
    public static Problem note(SourceRef where, String key, Object... args) {
        return new Problem(where, Severity.NOTE, key, Collections.unmodifiableList(Arrays.asList(args)), null);
    }

    /** The same problem at another place, e.g. the spreadsheet cell a figure of an imported snapshot came from. */
    public Problem at(SourceRef other) {
        return new Problem(other, severity, key, args, detail);
    }

    /** The same problem with a library's own words about it, for {@code --verbose}. */
    public Problem withDetail(String text) {
        return new Problem(where, severity, key, args, text);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public String message(Lang lang) {
        return Messages.get(lang, key, args.toArray());
    }

    /** {@code file:line:col: message}, with a warning or a note marked as such. */
    public String render(Lang lang) {
        return render(lang, false);
    }

    /** As {@link #render(Lang)}; {@code verbose} adds the library's words where there are any. */
    public String render(Lang lang, boolean verbose) {
        return plain(lang) + (verbose && detail != null ? " [" + detail + "]" : "");
    }

    private String plain(Lang lang) {
        String prefix = switch (severity) {
            case ERROR -> "";
            case WARNING -> Messages.get(lang, "severity.warning") + ": ";
            case NOTE -> Messages.get(lang, "severity.note") + ": ";
        };
        return where + ": " + prefix + message(lang);
    }
}
