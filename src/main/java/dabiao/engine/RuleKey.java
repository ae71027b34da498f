package dabiao.engine;

import dabiao.model.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;

/**
 * The key of a compiled rule set: a SHA-256 over everything the compiled module depends on, namely the
 * Drools version, the Java feature version, dabiao's build id (its classes, which the compiled rules call),
 * and every rules file's path and text, the methodology's included. Nothing else can change what the
 * compiled rules do, so a module stored under this key is never stale.
 */
record RuleKey(String hex) {

    /** The build id baked into the jar by the build (see pom.xml); null when built otherwise, e.g. by an IDE. */
    static final String BUILD_ID = resource("/dabiao/build-id");
    static final String DROOLS_VERSION = droolsVersion();

    /** The key of {@code sources} (kie path to text, in a stable order), or null when there is no build id. */
    static RuleKey of(Map<String, String> sources) {
        if (BUILD_ID == null || BUILD_ID.isBlank()) {
            return null;
        }
        MessageDigest digest = Sha256.digest();
        update(digest, "drools " + DROOLS_VERSION);
        update(digest, "java " + Runtime.version().feature());
        update(digest, "dabiao " + BUILD_ID.strip());
        sources.forEach((path, text) -> {
            update(digest, path);
            update(digest, text);
        });
        return new RuleKey(HexFormat.of().formatHex(digest.digest()));
    }

    /** Each part with its length first, so that no two different lists of parts hash alike. */
    private static void update(MessageDigest digest, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }

    private static String droolsVersion() {
        try (InputStream in = RuleKey.class.getResourceAsStream("/META-INF/maven/org.drools/drools-core/pom.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String resource(String name) {
        try (InputStream in = RuleKey.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
