package dabiao.output;

import dabiao.diagnostics.Locations;
import dabiao.model.SourceRef;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Where a snapshot or rule line opens in a browser. On GitHub Actions, the job summary links each
 * {@code file:line} to the file at the commit the job checked out; elsewhere it stays plain text.
 *
 * @param base the URL a repository-relative path is appended to, e.g.
 *             {@code https://github.com/owner/repo/blob/SHA/}; null for no links
 */
public record SourceLinks(String base) {

    public static final SourceLinks NONE = new SourceLinks(null);

    /** From GitHub Actions' variables ({@code GITHUB_SERVER_URL}, {@code GITHUB_REPOSITORY}, {@code GITHUB_SHA}). */
    public static SourceLinks fromEnvironment(Map<String, String> env) {
        String server = env.get("GITHUB_SERVER_URL");
        String repository = env.get("GITHUB_REPOSITORY");
        String sha = env.get("GITHUB_SHA");
        if (server == null || repository == null || sha == null || server.isBlank() || repository.isBlank() || sha.isBlank()) {
            return NONE;
        }
        return new SourceLinks(server.replaceAll("/+$", "") + "/" + repository + "/blob/" + sha + "/");
    }

    /** {@code where} as markdown: "[`file:line`](url#Lline)", or "`file:line`" without links. */
    String markdown(SourceRef where) {
        SourceRef relative = Locations.relative(where);
        String text = "`" + relative + "`";
        if (base == null) {
            return text;
        }
        return "[" + text + "](" + base + uri(relative.file()) + (where.line() > 0 ? "#L" + where.line() : "") + ")";
    }

    /** A file path as a relative URI reference: forward slashes, anything but unreserved characters encoded. */
    static String uri(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return sb.toString();
    }
}
