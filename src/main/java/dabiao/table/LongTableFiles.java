package dabiao.table;

import dabiao.diagnostics.InputException;
import dabiao.diagnostics.Locations;
import dabiao.diagnostics.Problem;
import dabiao.input.ParsedFile;
import dabiao.model.SourceRef;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The tables that {@code --table} arguments name: a file as given, a folder as every {@code .csv} and
 * {@code .parquet} file in it, in name order, read as one table, so that the folder of part files Spark or
 * Hadoop writes is the table it holds (a region and period may be spread over several parts). What they
 * put beside the part files is skipped: names starting with {@code _} or {@code .} ({@code _SUCCESS},
 * hidden checksums) and {@code .crc} files.
 */
public final class LongTableFiles {

    /** A table: the file or folder named, and the files it is read from. */
    public record Table(Path path, List<Path> files) {
        public Table {
            files = List.copyOf(files);
        }
    }

    private LongTableFiles() {
    }

    /** Every table file of {@code tables}, in order (the inputs an output must not replace). */
    public static List<Path> expand(List<Path> tables) {
        return tables(tables).stream().flatMap(t -> t.files().stream()).toList();
    }

    /** {@code paths} with each folder of tables replaced by its files. */
    public static List<Path> expandFolders(List<Path> paths) {
        return paths.stream().flatMap(p -> Files.isDirectory(p) ? expand(List.of(p)).stream() : Stream.of(p)).toList();
    }

    /**
     * The tables that {@code tables} name, in order.
     *
     * @throws InputException naming each argument that is no table (another extension, a path not there)
     *                        and each folder with no table file, or with anything else in it
     */
    public static List<Table> tables(List<Path> tables) {
        List<Table> found = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path t : tables) {
            if (Files.isDirectory(t)) {
                List<Path> files = new ArrayList<>();
                inFolder(t, files, problems);
                found.add(new Table(t, files));
            } else if (LongTableFormat.of(t).isPresent()) {
                found.add(new Table(t, List.of(t)));
            } else {
                problems.add(Problem.error(SourceRef.of(Locations.display(t)),
                        Files.exists(t) ? "long-table.extension" : "input.not-found"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return found;
    }

    /** Reads every file of {@code table} as one table's rows, shown by their own names. */
    public static ParsedFile read(Table table) {
        LongTableReader rows = new LongTableReader(Locations.display(table.path()));
        for (Path file : table.files()) {
            LongTableFormat.of(file).orElseThrow().read(file, Locations.display(file), rows);
        }
        return rows.parsed();
    }

    private static void inFolder(Path folder, List<Path> files, List<Problem> problems) {
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            problems.add(Problem.error(SourceRef.of(Locations.display(folder)), "input.unreadable"));
            return;
        }
        int found = 0;
        int before = problems.size();
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (name.startsWith("_") || name.startsWith(".") || name.endsWith(".crc")) {
                continue;
            }
            if (Files.isDirectory(p)) {
                problems.add(Problem.error(SourceRef.of(Locations.display(p)), "long-table.folder-nested"));
            } else if (LongTableFormat.of(p).isEmpty()) {
                problems.add(Problem.error(SourceRef.of(Locations.display(p)), "long-table.folder-other"));
            } else {
                files.add(p);
                found++;
            }
        }
        if (found == 0 && problems.size() == before) {
            problems.add(Problem.error(SourceRef.of(Locations.display(folder)), "long-table.folder-empty"));
        }
    }
}
