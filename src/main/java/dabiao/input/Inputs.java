package dabiao.input;

import dabiao.diagnostics.Locations;
import dabiao.diagnostics.InputException;
import dabiao.diagnostics.Problem;

import dabiao.model.SourceRef;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Finds what is in the indicator folders: the catalog ({@code catalog.yaml} in the first folder that has
 * one) and every snapshot file ({@code *.yaml} below the folders). {@link dabiao.validation.Loader} reads
 * and checks them.
 */
public final class Inputs {

    public static final String CATALOG = "catalog.yaml";

    /** A name with a period in it, as a snapshot's has: 2025, 2025-Q2. */
    private static final java.util.regex.Pattern LOOKS_LIKE_A_SNAPSHOT = java.util.regex.Pattern.compile("(^|\\D)(19|20|21)\\d\\d(-Q[1-4])?\\D");

    private Inputs() {
    }

    /** The catalog of the first folder that has one. */
    public static Path catalogIn(List<Path> folders) {
        for (Path f : folders) {
            if (!Files.isDirectory(f)) {
                throw new InputException(Problem.error(SourceRef.of(Locations.display(f)), "input.not-a-folder"));
            }
            if (Files.isRegularFile(f.resolve(CATALOG))) {
                return f.resolve(CATALOG);
            }
        }
        throw new InputException(Problem.error(SourceRef.of(Locations.display(folders.get(0))), "input.no-catalog", CATALOG));
    }

    /**
     * The snapshot files found below some folders, and the files that look like snapshots but are not
     * read (a {@code 2025-Q2.yaml.bak}, a {@code 2025-Q2.yml~}), each as a warning that says why.
     */
    public record Found(List<Path> files, List<Problem> skipped) {
    }

    /**
     * Every snapshot file below the folders, sorted, the catalog excluded. Symbolic links are followed (a
     * region folder may be one); a dangling link, a link loop or an unreadable file or folder is an error
     * naming its path, never a silent skip.
     *
     * @throws InputException listing every such path
     */
    public static Found snapshotFiles(List<Path> folders) {
        List<Path> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Problem> skipped = new ArrayList<>();
        for (Path folder : folders) {
            try {
                Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        String name = file.getFileName().toString();
                        if (!name.matches(".*\\.ya?ml") || name.equals(CATALOG)) {
                            if (LOOKS_LIKE_A_SNAPSHOT.matcher(name).find()) {
                                skipped.add(Problem.warning(SourceRef.of(Locations.display(file)), "input.not-a-snapshot-name"));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                        if (attrs.isSymbolicLink()) {
                            // Followed links report the target's attributes; a link's own means a missing target.
                            problems.add(Problem.error(SourceRef.of(Locations.display(file)), "input.dangling-link"));
                        } else if (!Files.isReadable(file)) {
                            problems.add(Problem.error(SourceRef.of(Locations.display(file)), "input.unreadable"));
                        } else if (attrs.isRegularFile()) {
                            files.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        problems.add(Problem.error(SourceRef.of(Locations.display(file)),
                                e instanceof FileSystemLoopException ? "input.link-loop" : "input.unreadable"));
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                problems.add(Problem.error(SourceRef.of(Locations.display(folder)), "input.unreadable"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        files.sort(null);
        skipped.sort(java.util.Comparator.comparing(p -> p.where().file()));
        return new Found(files, skipped);
    }

}
