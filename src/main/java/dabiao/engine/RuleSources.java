package dabiao.engine;

import dabiao.diagnostics.InputException;
import dabiao.diagnostics.Locations;
import dabiao.diagnostics.Problem;
import dabiao.model.SourceRef;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.Results;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the rules are compiled from: every {@code *.drl} of the rules folder, by the path Drools knows it
 * under, and the bundled methodology.
 */
record RuleSources(Map<String, DrlFile> byKiePath) {

    private static final String RESOURCES = "src/main/resources/";
    private static final String METHODOLOGY_TEXT = methodologyText();

    /** @throws InputException when the folder is missing, holds no rules or a file cannot be read */
    static RuleSources read(Path folder) {
        Map<String, DrlFile> byKiePath = new LinkedHashMap<>();
        for (Path file : drlFiles(folder)) {
            String kiePath = "targets/" + folder.relativize(file).toString().replace('\\', '/');
            byKiePath.put(kiePath, DrlFile.read(file, Locations.display(file)));
        }
        return new RuleSources(byKiePath);
    }

    List<DrlFile> files() {
        return List.copyOf(byKiePath.values());
    }

    /** Every source's text by its path, the methodology last. */
    Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        byKiePath.forEach((path, drl) -> texts.put(path, drl.text()));
        texts.put(RuleBase.METHODOLOGY, METHODOLOGY_TEXT);
        return texts;
    }

    /** A Drools project of these sources, released as {@code release}. */
    KieFileSystem fileSystem(KieServices ks, ReleaseId release) {
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(release);
        texts().forEach((path, text) -> kfs.write(RESOURCES + path, text));
        return kfs;
    }

    /** The errors of a build, each at its rules file and line. */
    List<Problem> problems(Results results) {
        List<Problem> problems = new ArrayList<>();
        for (Message m : results.getMessages(Message.Level.ERROR)) {
            // A parse error is followed by a second, empty-handed "Parser returned a null Package".
            if (m.getText() == null || !m.getText().contains("Parser returned a null Package")) {
                problems.add(problem(m));
            }
        }
        return problems;
    }

    private Problem problem(Message m) {
        String path = m.getPath() == null ? "" : m.getPath().replaceFirst("^" + RESOURCES, "");
        DrlFile drl = byKiePath.get(path);
        String file = drl == null ? (path.isEmpty() ? "rules" : path) : drl.display();
        String text = m.getText() == null ? "" : m.getText().strip().lines().findFirst().orElse("");
        return Problem.error(new SourceRef(file, Math.max(m.getLine(), 0), Math.max(m.getColumn(), 0)),
                "rules.compile", text);
    }

    private static List<Path> drlFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InputException(Problem.error(SourceRef.of(Locations.display(folder)), "input.not-a-folder"));
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".drl"))
                    .sorted(Comparator.comparing(Path::toString, SourceRef.FILE_ORDER))
                    .toList();
            if (files.isEmpty()) {
                throw new InputException(Problem.error(SourceRef.of(Locations.display(folder)), "rules.none"));
            }
            return files;
        } catch (IOException e) {
            throw new InputException(Problem.error(SourceRef.of(Locations.display(folder)), "file.unreadable", e.getMessage()));
        }
    }

    private static String methodologyText() {
        try (InputStream in = RuleSources.class.getResourceAsStream("/" + RuleBase.METHODOLOGY)) {
            if (in == null) {
                throw new IllegalStateException(RuleBase.METHODOLOGY + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
