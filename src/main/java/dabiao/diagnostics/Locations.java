package dabiao.diagnostics;

import dabiao.model.SourceRef;

import java.nio.file.Path;

/** How paths read in messages and reports. */
public final class Locations {

    private Locations() {
    }

    /** A path as messages show it: relative to the working directory when below it. */
    public static String display(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : path.toString();
    }

    /**
     * A path relative to the working directory, whether it was given relative or absolute (with
     * {@code ..} when it lies outside); as given when it cannot be made relative (another drive).
     */
    public static String relative(String path) {
        Path p = Path.of(path);
        if (!p.isAbsolute()) {
            return p.normalize().toString();
        }
        try {
            return Path.of("").toAbsolutePath().relativize(p.normalize()).toString();
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /** {@code where} with its file {@linkplain #relative(String) relative to the working directory}. */
    public static SourceRef relative(SourceRef where) {
        return new SourceRef(relative(where.file()), where.line(), where.column());
    }
}
