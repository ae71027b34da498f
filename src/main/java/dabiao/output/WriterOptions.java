package dabiao.output;

import dabiao.model.Lang;
import dabiao.model.Origin;
import dabiao.model.Status;
import dabiao.model.Verdict;

import java.util.Objects;

/**
 * What some formats need beyond the report, passed to {@link Format#writer(WriterOptions)}.
 *
 * @param lang   the language of labels and reasons (formats meant for machines carry both or ignore it)
 * @param failOn the {@code --fail-on} threshold, or null for {@code never}: junit, github and sarif
 *               report the verdicts at or past it as failures
 * @param bom    whether csv starts with a UTF-8 byte order mark, so that Excel reads it as UTF-8
 * @param links  where the job summary links a snapshot line to
 * @param origin where the report comes from, for the html header; null where it is not known
 */
public record WriterOptions(Lang lang, Status failOn, boolean bom, SourceLinks links, Origin origin) {

    public WriterOptions {
        Objects.requireNonNull(lang, "lang must not be null");
        Objects.requireNonNull(links, "links must not be null");
    }

    /** Options without links or an origin: every format needs no more but the job summary's links and html's header. */
    public WriterOptions(Lang lang, Status failOn, boolean bom) {
        this(lang, failOn, bom, SourceLinks.NONE, null);
    }

    /** Whether a verdict fails the run (a district benchmark never does). */
    boolean fails(Verdict v) {
        return v.failsAt(failOn);
    }
}
