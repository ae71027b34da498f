package dabiao.output;

import dabiao.model.ReportDiff;

import java.io.IOException;
import java.io.Writer;

/** Writes what changed between two evaluations ({@code dabiao diff}) in one format. */
public interface DiffWriter {

    void write(ReportDiff diff, Writer out) throws IOException;
}
