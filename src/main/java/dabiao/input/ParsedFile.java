package dabiao.input;

import dabiao.diagnostics.Problem;

import java.util.List;

/**
 * A file read into snapshot documents by a reader other than a snapshot's own YAML (a long-format table
 * holds many regions and periods), with the problems of reading it that its documents cannot show.
 *
 * @param file      the file as shown in messages; every {@link Text} and {@link Figure} of the documents is in it
 * @param documents one per region and period, as the YAML reader would have produced them
 * @param problems  errors of the file itself (a bad row), which stop the evaluation like a snapshot's
 */
public record ParsedFile(String file, List<SnapshotDocument> documents, List<Problem> problems) {

    public ParsedFile {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }
}
