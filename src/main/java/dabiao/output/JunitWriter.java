package dabiao.output;

import dabiao.engine.Wording;
import dabiao.model.Lang;
import dabiao.model.Report;
import dabiao.model.Scope;
import dabiao.model.SourceRef;
import dabiao.model.Status;
import dabiao.model.Verdict;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --format junit}: the JUnit XML that CI servers read (Surefire's dialect, as Jenkins' schema has
 * it). One testsuite per scope, one testcase per target named by id and clause. A verdict at or past
 * {@code --fail-on} is a failure whose message is the reason; no data is skipped; the rest pass.
 */
public final class JunitWriter implements ReportWriter {

    private final WriterOptions options;

    public JunitWriter(WriterOptions options) {
        this.options = options;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<Scope, List<Verdict>> byScope = new LinkedHashMap<>();
        report.verdicts().forEach(v -> byScope.computeIfAbsent(v.scope(), s -> new ArrayList<>()).add(v));
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            newline(x, 0);
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "dabiao " + report.asOf());
            x.writeAttribute("tests", Integer.toString(report.verdicts().size()));
            x.writeAttribute("failures", Long.toString(report.verdicts().stream().filter(this::fails).count()));
            x.writeAttribute("errors", "0");
            x.writeAttribute("time", "0");
            for (Map.Entry<Scope, List<Verdict>> e : byScope.entrySet()) {
                suite(x, report, e.getKey(), e.getValue());
            }
            newline(x, 0);
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
            out.write("\n");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void suite(XMLStreamWriter x, Report report, Scope scope, List<Verdict> verdicts) throws XMLStreamException {
        newline(x, 1);
        x.writeStartElement("testsuite");
        x.writeAttribute("name", scope.name() + " " + scope.code());
        x.writeAttribute("package", scope.region());
        x.writeAttribute("tests", Integer.toString(verdicts.size()));
        x.writeAttribute("failures", Long.toString(verdicts.stream().filter(this::fails).count()));
        x.writeAttribute("errors", "0");
        x.writeAttribute("skipped", Long.toString(verdicts.stream().filter(v -> v.status() == Status.NO_DATA).count()));
        x.writeAttribute("time", "0");
        newline(x, 2);
        x.writeStartElement("properties");
        property(x, "as_of", report.asOf().toString());
        property(x, "fail_on", options.failOn() == null ? "never" : options.failOn().id());
        newline(x, 2);
        x.writeEndElement();
        for (Verdict v : verdicts) {
            testcase(x, v);
        }
        newline(x, 1);
        x.writeEndElement();
    }

    private void testcase(XMLStreamWriter x, Verdict v) throws XMLStreamException {
        newline(x, 2);
        // A district benchmark at or past --fail-on informs: skipped with its reason, never a failure.
        boolean informs = !v.binding() && options.failOn() != null && v.status().atOrPast(options.failOn());
        boolean passes = !fails(v) && v.status() != Status.NO_DATA && !informs;
        if (passes) {
            x.writeEmptyElement("testcase");
        } else {
            x.writeStartElement("testcase");
        }
        x.writeAttribute("name", v.target().id() + " " + v.target().provenance().clause()
                + (v.year() == null ? "" : " " + v.year()));
        x.writeAttribute("classname", v.scope().code() + " " + v.scope().name());
        x.writeAttribute("time", "0");
        if (!passes) {
            newline(x, 3);
            x.writeStartElement(fails(v) ? "failure" : "skipped");
            x.writeAttribute("type", v.status().id());
            x.writeAttribute("message", v.reason().in(options.lang()));
            x.writeCharacters(evidence(v, options.lang()));
            x.writeEndElement();
            newline(x, 2);
            x.writeEndElement();
        }
    }

    /** What a reader of the failure needs: the status, the figure's line and the policy sentence. */
    private static String evidence(Verdict v, Lang lang) {
        SourceRef where = Where.of(v);
        return v.status().label(lang) + " · " + Wording.title(v, lang)
                + (where == null ? "" : " · " + where)
                + "\n" + v.target().provenance().document() + v.target().provenance().clause() + "："
                + v.target().provenance().wording();
    }

    private boolean fails(Verdict v) {
        return options.fails(v);
    }

    private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        newline(x, 3);
        x.writeEmptyElement("property");
        x.writeAttribute("name", name);
        x.writeAttribute("value", value);
    }

    private static void newline(XMLStreamWriter x, int depth) throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(depth));
    }
}
