package dabiao.output;

import dabiao.model.Report;

import java.io.IOException;
import java.io.Writer;

/** Writes a report in one format. One implementation per format. */
public interface ReportWriter {

    void write(Report report, Writer out) throws IOException;
}
