package dabiao.output;

import dabiao.model.Lang;
import dabiao.model.Report;
import dabiao.model.Verdict;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV read back with Apache Commons CSV, as a spreadsheet import would read it. */
class CsvWriterTest {

    private static List<CSVRecord> parse(String text) throws IOException {
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            assertThat(p.getHeaderNames()).containsExactlyElementsOf(CsvWriter.HEADER);
            return p.getRecords();
        }
    }

    @Test
    void everyVerdictIsOneRowWithEveryJsonField() throws IOException {
        Report report = SampleReport.report();
        List<CSVRecord> rows = parse(WriterGoldenTest.render(new CsvWriter(false)));
        assertThat(rows).hasSize(report.verdicts().size());
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            Verdict v = report.verdicts().get(i);
            assertThat(row.size()).isEqualTo(CsvWriter.HEADER.size());
            assertThat(row.get("target")).isEqualTo(v.target().id());
            assertThat(row.get("scope.code")).isEqualTo(v.scope().code());
            assertThat(row.get("status")).isEqualTo(v.status().id());
            assertThat(row.get("reason.zh")).isEqualTo(v.reason().zh());
        }
    }

    @Test
    void chineseTextAndCommasSurviveTheRoundTrip() throws IOException {
        CSVRecord xuhui = parse(WriterGoldenTest.render(new CsvWriter(false))).stream()
                .filter(r -> r.get("scope.code").equals("310104") && r.get("status").equals("at-risk"))
                .findFirst().orElseThrow();
        assertThat(xuhui.get("scope.name")).isEqualTo("徐汇区");
        assertThat(xuhui.get("title.en")).isEqualTo("4.5 childcare places per 1,000 residents");
        assertThat(xuhui.get("provenance.wording")).isEqualTo("到2025年，全市常住人口每千人拥有3岁以下婴幼儿托位数达到4.5个");
        assertThat(xuhui.get("latest.value")).isEqualTo("4.1");
        assertThat(xuhui.get("latest.file")).endsWith("indicators/shanghai/2025-Q2.yaml");
        assertThat(xuhui.get("latest.line")).isEqualTo("18");
        assertThat(xuhui.get("pace_ratio")).isEqualTo("0.814815");
        assertThat(xuhui.get("missing.indicator")).isEmpty();
    }

    @Test
    void bomOption_startsWithTheByteOrderMarkExcelLooksFor() throws IOException {
        String withBom = WriterGoldenTest.render(Format.CSV.writer(new WriterOptions(Lang.ZH, null, true)));
        assertThat(withBom).startsWith("\uFEFFtarget,rule,");
        assertThat(WriterGoldenTest.render(new CsvWriter(false))).startsWith("target,rule,");
        assertThat(parse(withBom.substring(1))).hasSize(SampleReport.report().verdicts().size());
    }
}
