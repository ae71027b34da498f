package dabiao.spark;

import dabiao.data.DataSet;
import dabiao.diagnostics.InputException;
import dabiao.diagnostics.Problem;
import dabiao.diagnostics.Severity;
import dabiao.input.ParsedFile;
import dabiao.model.Lang;
import dabiao.model.Period;
import dabiao.model.Status;
import dabiao.model.Verdict;
import dabiao.output.JsonLines;
import dabiao.validation.Loader;
import dabiao.validation.SnapshotValidator;
import dabiao.validation.Validation;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Evaluates the regions of one partition, one region at a time, each from its own rows alone: the rows
 * are read, validated and evaluated by the CLI's own path (long-table reader, validation, data set,
 * evaluator), so that a region gets the verdicts and the problems the CLI gives it. The CLI, too,
 * evaluates each region in a session of its own.
 */
final class RegionEvaluation implements FlatMapFunction<Iterator<Tuple2<RowKey, SourceRow>>, Outcome> {

    private static final long serialVersionUID = 1L;

    private final Broadcast<Setup> setup;
    private final Broadcast<Map<String, TableFile>> files;
    private final String asOf;
    private final Lang lang;

    RegionEvaluation(Broadcast<Setup> setup, Broadcast<Map<String, TableFile>> files, Period asOf, Lang lang) {
        this.setup = setup;
        this.files = files;
        this.asOf = asOf.toString();
        this.lang = lang;
    }

    /** The rows come sorted by region, table and line ({@link RowKey}); each region's rows are taken in turn. */
    @Override
    public Iterator<Outcome> call(Iterator<Tuple2<RowKey, SourceRow>> rows) {
        return new Iterator<>() {
            private Tuple2<RowKey, SourceRow> next = rows.hasNext() ? rows.next() : null;

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Outcome next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                String region = next._1().region();
                List<SourceRow> own = new ArrayList<>();
                while (next != null && next._1().region().equals(region)) {
                    own.add(next._2());
                    next = rows.hasNext() ? rows.next() : null;
                }
                return evaluate(own);
            }
        };
    }

    /** One region's rows, in table and line order. */
    private Outcome evaluate(List<SourceRow> rows) {
        Setup.Loaded in = setup.value().loaded();
        List<ParsedFile> parsed = parse(rows);
        Validation checked = Validation.of(List.of(), parsed, new SnapshotValidator(in.catalog(), in.divisions()));
        List<Outcome.Message> warnings = new ArrayList<>(messages(Loader.located(checked.problems(Severity.WARNING), parsed)));
        List<Problem> errors = Loader.located(checked.problems(Severity.ERROR), parsed);
        if (!errors.isEmpty()) {
            return new Outcome(List.of(), new long[Status.values().length], warnings, messages(errors));
        }
        List<Verdict> verdicts;
        try {
            DataSet data = DataSet.of(Loader.withSources(checked.snapshots(), parsed), in.catalog(), in.divisions());
            warnings.addAll(messages(data.warnings()));
            verdicts = in.evaluator().evaluate(data, Period.parse(asOf));
        } catch (InputException e) {
            return new Outcome(List.of(), new long[Status.values().length], warnings, messages(e.problems()));
        }
        long[] counts = new long[Status.values().length];
        List<String> lines = new ArrayList<>(verdicts.size());
        for (Verdict v : verdicts) {
            counts[v.status().ordinal()]++;
            lines.add(JsonLines.verdict(v, in.catalog()));
        }
        return new Outcome(lines, counts, warnings, List.of());
    }

    /** The rows of each table file, as the documents the CLI reads from it. */
    private List<ParsedFile> parse(List<SourceRow> rows) {
        List<ParsedFile> parsed = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= rows.size(); i++) {
            if (i == rows.size() || !rows.get(i).file().equals(rows.get(from).file())) {
                parsed.add(RowsAsTable.read(files.value().get(rows.get(from).file()), rows.subList(from, i)));
                from = i;
            }
        }
        return parsed;
    }

    private List<Outcome.Message> messages(List<Problem> problems) {
        return problems.stream().map(p -> Outcome.Message.of(p, lang)).toList();
    }
}
