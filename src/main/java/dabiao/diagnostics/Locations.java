package dabiao.diagnostics;

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
}
