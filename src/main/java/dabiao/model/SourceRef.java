package dabiao.model;

/**
 * Where something was read: a file and a 1-based line and column (0 when unknown).
 * Every figure and every target keeps one, so that a message, an annotation or a
 * report row can point at the very line that holds it.
 */
public record SourceRef(String file, int line, int column) {

    /**
     * The order rule files are listed in, wherever targets are: a folder's own files before those of its
     * subfolders ({@code rules/examples/}), each by path, so that the plans' targets lead and examples follow.
     */
    public static final java.util.Comparator<String> FILE_ORDER = java.util.Comparator
            .comparingInt((String f) -> (int) f.chars().filter(c -> c == '/' || c == '\\').count())
            .thenComparing(f -> f);

    public static SourceRef of(String file) {
        return new SourceRef(file, 0, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
