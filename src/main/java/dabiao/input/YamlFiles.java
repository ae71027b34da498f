package dabiao.input;

import dabiao.diagnostics.InputException;
import dabiao.diagnostics.Problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dabiao.model.SourceRef;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a YAML file into a typed record, turning every way it can fail into a located {@link Problem}.
 * Input is data, never code: no tags that build objects, and limits on size, nesting and aliases.
 */
public final class YamlFiles {

    /** Larger files are refused before parsing; a quarter's snapshot is a few kilobytes. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    /** Deeper nesting is refused before binding; a snapshot nests four levels, the catalog four. */
    public static final int MAX_DEPTH = 10;

    /** A key written before a full-width colon, at the start of a line or of a list item. */
    private static final Pattern FULL_WIDTH_COLON = Pattern.compile("^\\s*(?:-\\s+)?([A-Za-z_][A-Za-z0-9_]*\\s*)：");

    private static final ObjectMapper MAPPER = createMapper();

    private YamlFiles() {
    }

    /**
     * SnakeYAML's own limits, a backstop behind {@link DataOnlyParser}: it refuses every alias and any
     * nesting past {@link #MAX_DEPTH} first, with a message that names the line.
     */
    private static LoaderOptions loaderOptions() {
        LoaderOptions loader = new LoaderOptions();
        loader.setAllowDuplicateKeys(false);
        loader.setMaxAliasesForCollections(20);
        loader.setNestingDepthLimit(40);
        loader.setCodePointLimit((int) MAX_BYTES);
        loader.setAllowRecursiveKeys(false);
        return loader;
    }

    private static ObjectMapper createMapper() {
        // A key with nothing after it ("values:") is null, as YAML says, not an empty string that no
        // map or list can be made of; a factory built with loader options needs to be told so.
        YAMLFactory factory = YAMLFactory.builder()
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .loaderOptions(loaderOptions())
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(40).build())
                .build();
        return YAMLMapper.builder(factory)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .build();
    }

    /**
     * Reads {@code path} as {@code type}.
     *
     * @param display how the file is named in messages
     * @throws InputException with one located problem when the file cannot be read or bound
     */
    public static <T> T read(Path path, String display, Class<T> type) {
        return parse(decode(path, display), display, type);
    }

    /**
     * Reads YAML {@code text} as {@code type}, as if it were a file named {@code display}.
     *
     * @throws InputException with one located problem when the text cannot be read or bound
     */
    public static <T> T parse(String text, String display, Class<T> type) {
        if (text.isBlank() || text.lines().allMatch(l -> l.isBlank() || l.stripLeading().startsWith("#"))) {
            throw new InputException(Problem.error(SourceRef.of(display), "yaml.empty"));
        }
        checkTabs(text, display);
        checkFullWidthColons(text, display);
        try (DataOnlyParser parser = new DataOnlyParser((YAMLParser) MAPPER.createParser(text), display)) {
            T value = MAPPER.readValue(parser, type);
            if (value == null) {
                throw new InputException(Problem.error(SourceRef.of(display), "yaml.empty"));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new InputException(problemOf(e, display, text));
        } catch (IOException e) {
            throw new InputException(Problem.error(SourceRef.of(display), "file.unreadable", e.getMessage()));
        }
    }

    private static String decode(Path path, String display) {
        byte[] bytes;
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new InputException(Problem.error(SourceRef.of(display), "yaml.too-large", MAX_BYTES / (1024 * 1024)));
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputException(Problem.error(SourceRef.of(display), "file.unreadable", e.getMessage()));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InputException(Problem.error(firstBadByte(bytes, display), "yaml.not-utf8"));
        }
    }

    private static SourceRef firstBadByte(byte[] bytes, String display) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return new SourceRef(display, line, 0);
                }
                line++;
                start = i + 1;
            }
        }
        return SourceRef.of(display);
    }

    private static void checkTabs(String text, String display) {
        int line = 0;
        for (String l : text.split("\n", -1)) {
            line++;
            int tab = l.indexOf('\t');
            if (tab >= 0 && l.substring(0, tab).isBlank()) {
                throw new InputException(Problem.error(new SourceRef(display, line, tab + 1), "yaml.tab"));
            }
        }
    }

    /**
     * A key followed by a full-width colon ({@code childcare_places：3121}), the commonest slip of a Chinese
     * keyboard. YAML reads the line as plain text and fails on a later line, or binds it as a value of the
     * wrong shape; said here, on its own line, with its cause. Keys are codes, so a code directly before
     * "：" is never meant as text.
     */
    private static void checkFullWidthColons(String text, String display) {
        int line = 0;
        for (String l : text.split("\n", -1)) {
            line++;
            Matcher m = FULL_WIDTH_COLON.matcher(l);
            if (m.find()) {
                throw new InputException(Problem.error(new SourceRef(display, line, m.start(1) + 1), "yaml.full-width-colon", m.group(1).strip()));
            }
        }
    }


    /**
     * Refuses what would make a file more than data, before Jackson binds it: a tag ({@code !!java...})
     * asks a YAML library to build an object; an alias ({@code *a}) makes a small file expand into a huge
     * one ("billion laughs"), and Jackson would bind it as the anchor's name anyway. A syntax error is
     * left for the binding step to report with its usual message.
     */
    private static Problem problemOf(JsonProcessingException e, String display, String text) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DataOnlyParser.Violation v) {
                return v.problem();
            }
        }
        JsonLocation at = e.getLocation();
        SourceRef where = at == null ? SourceRef.of(display)
                : new SourceRef(display, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0));
        MarkedYAMLException y = snakeYamlCause(e);
        if (y != null) {
            return YamlSyntax.of(y, display, text);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? ""
                    : u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return Problem.error(keyLine(text, u.getPropertyName(), display, where), "yaml.unknown-field",
                    u.getPropertyName(), known);
        }
        String original = e.getOriginalMessage();
        if (original != null && original.startsWith("Duplicate field")) {
            String key = original.replaceAll(".*'(.*)'.*", "$1");
            return Problem.error(keyOnLine(text, key, where), "yaml.duplicate-key", key);
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            String field = ((MismatchedInputException) e).getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return Problem.error(where, "yaml.wrong-shape", field);
        }
        return Problem.error(where, "yaml.invalid");
    }

    private static MarkedYAMLException snakeYamlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException y) {
                return y;
            }
        }
        return null;
    }

    /**
     * Where a key is written. Records are bound through their constructors, so Jackson reports an
     * unknown key at the end of its object; the first line that starts with the key is a better guess.
     */
    private static SourceRef keyLine(String text, String key, String display, SourceRef fallback) {
        Pattern p = Pattern.compile("^(\\s*(?:- )?)" + Pattern.quote(key) + "\\s*:");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = p.matcher(lines[i]);
            if (m.find()) {
                return new SourceRef(display, i + 1, m.group(1).length() + 1);
            }
        }
        return fallback;
    }

    /** The column where {@code key} starts on the line Jackson reports, which it reports after the key. */
    private static SourceRef keyOnLine(String text, String key, SourceRef reported) {
        String[] lines = text.split("\n", -1);
        if (reported.line() < 1 || reported.line() > lines.length) {
            return reported;
        }
        int at = lines[reported.line() - 1].indexOf(key);
        return at < 0 ? reported : new SourceRef(reported.file(), reported.line(), at + 1);
    }
}
