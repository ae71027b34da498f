package dabiao.input;

import dabiao.diagnostics.Problem;
import dabiao.model.SourceRef;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A file read into snapshot documents by a reader other than a snapshot's own YAML (a long-format table
 * holds many regions and periods), with the problems of reading it that its documents cannot show.
 *
 * @param file      the file as shown in messages; every {@link Text} and {@link Figure} of the documents is in it
 * @param documents one per region and period, as the YAML reader would have produced them
 * @param problems  errors of the file itself (a bad row), which stop the evaluation like a snapshot's
 * @param sources   where a figure was first written, by where it stands in this file, for the figures whose
 *                  row says so (a long table's source_file and source_line): the evidence a verdict shows,
 *                  while problems keep naming this file
 * @param parts     for a table read from several files (a folder of part files), numbered on across them:
 *                  each file by the number before its first row; {@code {0: file}} for one file
 */
public record ParsedFile(String file, List<SnapshotDocument> documents, List<Problem> problems,
                         Map<SourceRef, SourceRef> sources, NavigableMap<Integer, String> parts) {

    public ParsedFile {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
        sources = Map.copyOf(sources);
        parts = new TreeMap<>(parts);
    }

    /** A single file whose figures are their own sources. */
    public ParsedFile(String file, List<SnapshotDocument> documents, List<Problem> problems) {
        this(file, documents, problems, Map.of(), new TreeMap<>(Map.of(0, file)));
    }

    /** {@code where}, if it is a row of this file, in the file it was read from, numbered as there. */
    public SourceRef locate(SourceRef where) {
        if (where == null || !where.file().equals(file) || where.line() <= 0) {
            return where;
        }
        Map.Entry<Integer, String> part = parts.lowerEntry(where.line());
        return part == null ? where : new SourceRef(part.getValue(), where.line() - part.getKey(), where.column());
    }

    /** {@code problem} with its place and any place it names {@linkplain #locate(SourceRef) located}. */
    public Problem locate(Problem problem) {
        List<Object> args = problem.args().stream().map(a -> a instanceof SourceRef r ? locate(r) : a).toList();
        return new Problem(locate(problem.where()), problem.severity(), problem.key(), args, problem.detail());
    }
}
