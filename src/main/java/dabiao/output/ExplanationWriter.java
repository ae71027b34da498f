package dabiao.output;

import dabiao.model.Explanation;

import java.io.IOException;
import java.io.Writer;

/** Writes how one verdict came about ({@code dabiao explain}) in one format. */
public interface ExplanationWriter {

    void write(Explanation explanation, Writer out) throws IOException;
}
