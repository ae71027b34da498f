package dabiao.output;

import dabiao.model.Lang;
import dabiao.model.Status;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JUnit XML read back as a CI server reads it: valid against the JUnit report schema, then counted. */
class JunitWriterTest {

    private static String junit(Status failOn) throws Exception {
        String xml = WriterGoldenTest.render(Format.JUNIT.writer(new WriterOptions(Lang.ZH, failOn, false)));
        validate(xml);
        return xml;
    }

    private static void validate(String xml) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(JunitWriterTest.class.getResource("/schemas/junit-report.xsd"))
                .newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    @Test
    void theSchemaRefusesWhatCiServersRefuse() {
        String twoOutcomes = "<testsuite name=\"s\" tests=\"1\"><testcase name=\"c\"><failure/><skipped/></testcase></testsuite>";
        String namelessCase = "<testsuite name=\"s\" tests=\"1\"><testcase classname=\"c\"/></testsuite>";
        String textCount = "<testsuite name=\"s\" tests=\"one\"/>";
        for (String xml : new String[] {twoOutcomes, namelessCase, textCount}) {
            assertThatThrownBy(() -> validate(xml)).as(xml).isInstanceOf(org.xml.sax.SAXException.class);
        }
    }

    private static Document dom(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void validAgainstTheSchema_withASuitePerScopeAndACasePerVerdict() throws Exception {
        Document d = dom(junit(Status.OFF_TRACK));
        assertThat(d.getElementsByTagName("testsuite").getLength()).isEqualTo(17);
        assertThat(d.getElementsByTagName("testcase").getLength()).isEqualTo(SampleReport.report().verdicts().size());
        assertThat(d.getDocumentElement().getAttribute("failures")).isEqualTo("3");
        assertThat(d.getElementsByTagName("skipped").getLength()).isEqualTo(27);
        Element first = (Element) d.getElementsByTagName("testsuite").item(0);
        assertThat(first.getAttribute("name")).isEqualTo("上海市 310000");
        Element retail = (Element) first.getElementsByTagName("testcase").item(0);
        assertThat(retail.getAttribute("name")).isEqualTo("shsc-goals-service-retail-share-2027 总体目标");
        Element failure = (Element) retail.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("off-track");
        assertThat(failure.getAttribute("message")).startsWith("进度严重滞后：最新数据 46.5%");
        assertThat(failure.getTextContent()).contains("indicators/shanghai/2025-Q2.yaml:5", "到2027年……");
        // A yearly quota has a testcase per year.
        Element y2024 = (Element) first.getElementsByTagName("testcase").item(2);
        assertThat(y2024.getAttribute("name")).isEqualTo("form-yearly （一） 2024");
        assertThat(y2024.getElementsByTagName("failure").item(0).getTextContent()).contains("2024-Q4.yaml");
    }

    @Test
    void failuresFollowFailOn() throws Exception {
        NodeList atRisk = dom(junit(Status.AT_RISK)).getElementsByTagName("failure");
        assertThat(atRisk.getLength()).isEqualTo(5);
        assertThat(dom(junit(null)).getElementsByTagName("failure").getLength()).isZero();
    }
}
