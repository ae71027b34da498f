package dabiao.table;

import dabiao.Fixture;
import dabiao.SnapshotYaml;
import dabiao.data.Divisions;
import dabiao.diagnostics.InputException;
import dabiao.diagnostics.Problem;
import dabiao.input.ParsedFile;
import dabiao.model.Lang;
import dabiao.model.SourceRef;
import dabiao.model.Observation;
import dabiao.validation.Loader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The long-format table: written from snapshots, read back into the same figures, and every bad row named by its line. */
class LongTableTest {

    private static final String HEADER = "region,unit,parent,indicator,period,value,source_file,source_line\r\n";

    @TempDir
    Path dir;
    Fixture fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixture.in(dir);
        fixture.snapshot("shanghai/2025-Q1.yaml", new SnapshotYaml("2025-Q1")
                .region("service_retail_share", 42.8)
                .district("310101", "resident_population", 662030, "childcare_places", 2480,
                        "childcare_places_per_1000", 3.746)
                .district("310104", "resident_population", "\"5.3万\"", "childcare_places", "")
                .text());
        fixture.snapshot("yangzhou/2025.yaml", new SnapshotYaml("321000", "扬州市", "2025")
                .district("321002", "childcare_places", 1200.5).text());
    }

    private Path table(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private Loader.Loaded loadTable(Path table) {
        Loader.Loaded yaml = fixture.load();
        return Loader.load(yaml.catalog(), List.of(), List.of(table), Divisions.bundled());
    }

    private static List<String> figures(Loader.Loaded in) {
        return in.snapshots().stream().flatMap(s -> s.observations().stream()
                        .map((Observation o) -> s.region().code() + " " + o.scope() + " " + o.indicator() + " "
                                + o.point().period() + " " + o.point().value()))
                .toList();
    }

    @Test
    void written_thenRead_givesTheSameReportedFigures_withoutDerivedOnes() throws IOException {
        Loader.Loaded yaml = fixture.load();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LongTableFormat.CSV.write(yaml.snapshots(), yaml.catalog(), bytes);
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(out).startsWith(HEADER)
                .contains("310000,310101,310000,childcare_places,2025-Q1,2480,"
                        + dir.resolve("indicators/shanghai/2025-Q1.yaml") + ",11\r\n")
                .contains("310000,310000,,service_retail_share,2025-Q1,42.8,")
                .contains("310000,310104,310000,resident_population,2025-Q1,53000,")
                .contains("321000,321002,321000,childcare_places,2025,1200.5,")
                .doesNotContain("childcare_places_per_1000")
                .doesNotContain("310104,310000,childcare_places");

        Loader.Loaded back = loadTable(table("t.csv", out));
        List<String> expected = figures(yaml).stream().filter(f -> !f.contains("per_1000")).toList();
        assertThat(figures(back)).containsExactlyElementsOf(expected);
        assertThat(back.data().periods()).isEqualTo(yaml.data().periods());
        // Each figure's evidence is where it was typed, as the table says; its problems would name the table.
        assertThat(back.snapshots().get(0).observations().get(0).point().source())
                .isEqualTo(new SourceRef(yaml.snapshots().get(0).observations().get(0).point().source().file(),
                        yaml.snapshots().get(0).observations().get(0).point().source().line(), 0));
    }

    @Test
    void excelsCsv_withBomCrlfQuotesReorderedAndExtraColumns_isRead() throws IOException {
        Path t = table("t.csv", "\uFEFFunit,region,note,indicator,period,value,parent,source_file,source_line\r\n"
                + "\"310101\",310000,\"a, \"\"quoted\"\"\r\nnote\",childcare_places,2025-Q1,\"5.3万\",310000,,\r\n"
                + "\r\n"
                + "310000,310000,,service_retail_share,2025-Q1,42.8,,x.yaml,3\r\n");
        Loader.Loaded in = loadTable(t);
        assertThat(figures(in)).containsExactly("310000 310000 service_retail_share 2025-Q1 42.8",
                "310000 310101 childcare_places 2025-Q1 53000.0");
        // A row without a source_file is its own source; one with it points there.
        assertThat(in.snapshots().get(0).observations().get(1).point().source().toString())
                .isEqualTo(dir.resolve("t.csv") + ":2:6");
        assertThat(in.snapshots().get(0).observations().get(0).point().source().toString()).isEqualTo("x.yaml:3");
    }

    private static List<String> problems(String text) throws IOException {
        LongTableReader rows = new LongTableReader("t.csv");
        LongTableCsv.parse(new StringReader(text), "t.csv", rows);
        ParsedFile read = rows.parsed();
        return read.problems().stream().map(p -> p.where() + " " + p.message(Lang.EN)).toList();
    }

    @Test
    void eachRowProblem_isNamedByItsLine() throws IOException {
        assertThat(problems(HEADER
                + "310000,310101,310000,childcare_places,2025-Q1,1\r\n"
                + ",310101,310000,childcare_places,2025-Q1,1,,\r\n"
                + "310000,310101,310000,,2025-Q1,1,,\r\n"
                + "310000,310101,321000,childcare_places,2025-Q1,1,,\r\n"
                + "310000,310000,310000,service_retail_share,2025-Q1,1,,\r\n"
                + "310000,310101,310000,childcare_places,2025-Q1,1,,\r\n"
                + "310000,310101,310000,childcare_places,2025-Q1,2,,\r\n"))
                .containsExactly(
                        "t.csv:2:1 this row has 6 fields but the header has 8; check for a missing or extra comma, or quote a field that holds one",
                        "t.csv:3:1 the region column is empty; every row names its region, unit, indicator and period",
                        "t.csv:4:4 the indicator column is empty; every row names its region, unit, indicator and period",
                        "t.csv:5:3 unit 310101 has parent \"321000\" but it lies in 310000; a district's parent is its region, "
                                + "a street's (9 digits) its district, a community's (12 digits) its street",
                        "t.csv:6:3 unit 310000 is the region itself, so its parent must be empty; found \"310000\"",
                        "t.csv:8:4 310101 childcare_places 2025-Q1 is given twice (first at t.csv:7); keep one row per unit, indicator and period");
    }

    @Test
    void aMissingColumn_anEmptyFile_andAnOpenQuote_areNamed() throws IOException {
        assertThat(problems("region,unit,indicator,period,value,source_file,source_line\n"))
                .containsExactly("t.csv:1:1 the header lacks the column(s) parent; a long-format table has the columns "
                        + "region,unit,parent,indicator,period,value,source_file,source_line");
        assertThat(problems("")).hasSize(1).allMatch(p -> p.startsWith("t.csv:1:1 the table is empty"));
        assertThat(problems(HEADER + "310000,310101,310000,childcare_places,2025-Q1,1,,\r\n"
                + "310000,\"310101,310000,childcare_places,2025-Q1,1,,\r\n"))
                .containsExactly("t.csv:3:1 a quoted field is not closed: every \" that opens a field needs its closing \"");
    }

    @Test
    void figureProblems_areTheSnapshotValidatorsAtTheTablesCell() throws IOException {
        Path t = table("t.csv", HEADER
                + "310000,310101,310000,childcare_places,2025-Q1,两千,,\r\n"
                + "310000,310101,310000,childcare_place,2025-Q1,1,,\r\n"
                + "310000,310101,310000,service_retail_share,2025-Q1,40,,\r\n"
                + "310000,310199,310000,childcare_places,2025-Q1,1,,\r\n"
                + "310000,310000,,service_retail_share,2025-Q1,101,,\r\n"
                + "310000,310000,,service_retail_share,2025-Q5,1,,\r\n");
        assertThatThrownBy(() -> loadTable(t)).isInstanceOfSatisfying(InputException.class, e ->
                assertThat(e.problems().stream().map(p -> p.where().line() + ":" + p.where().column() + " " + p.key()))
                        .containsExactly("2:6 figure.not-a-number", "3:6 figure.unknown-indicator-suggest",
                                "4:6 figure.region-only", "5:2 snapshot.district-unknown", "6:6 figure.percent-range",
                                "7:5 snapshot.period-format"));
        assertThat(loadTableProblems(t)).allMatch(p -> p.where().file().equals(dir.resolve("t.csv").toString()));
    }

    private List<Problem> loadTableProblems(Path t) {
        try {
            loadTable(t);
            return List.of();
        } catch (InputException e) {
            return e.problems();
        }
    }
}
