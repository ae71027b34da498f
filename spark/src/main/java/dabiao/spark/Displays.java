package dabiao.spark;

import dabiao.diagnostics.Locations;

import java.io.Serializable;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How a file Spark reads is shown in messages and in a verdict's evidence: as the CLI shows its --table,
 * by the argument it was reached through (relative to the working directory when below it), not by the
 * URI Spark gives it.
 */
final class Displays implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Each --table as a URI without its authority's spelling, and as shown. */
    private final List<String[]> prefixes = new ArrayList<>();

    /** {@code qualified} is the argument as Hadoop qualifies it ({@code file:/work/t.csv}). */
    void add(String argument, String qualified) {
        URI uri = URI.create(qualified);
        String shown = "file".equals(uri.getScheme()) ? Locations.display(Path.of(uri.getPath())) : argument;
        prefixes.add(new String[] {key(qualified), shown});
    }

    /** A file Spark names by {@code uri}, as shown. */
    String of(String uri) {
        String key = key(uri);
        for (String[] p : prefixes) {
            if (key.equals(p[0])) {
                return p[1];
            }
            if (key.startsWith(p[0] + "/")) {
                return p[1] + key.substring(p[0].length());
            }
        }
        return uri;
    }

    /** The place of the --table a file was reached through, among the arguments. */
    int argument(String uri) {
        String key = key(uri);
        for (int i = 0; i < prefixes.size(); i++) {
            String p = prefixes.get(i)[0];
            if (key.equals(p) || key.startsWith(p + "/")) {
                return i;
            }
        }
        return prefixes.size();
    }

    /** {@code file:/a} and {@code file:///a} alike. */
    private static String key(String uri) {
        URI u = URI.create(uri).normalize();
        String path = u.getPath() == null ? u.getSchemeSpecificPart() : u.getPath();
        path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return u.getScheme() + "://" + (u.getAuthority() == null ? "" : u.getAuthority()) + path;
    }
}
