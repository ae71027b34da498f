package dabiao.cli;

import dabiao.Fixture;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dabiao import}: a district table as a snapshot; problems name the table's cells. */
class ImportCommandTest {

    static final String CSV = """
            区县,常住人口（人）,3岁以下婴幼儿托位,社区公共服务设施15分钟步行可达覆盖率
            全市,,,
            黄浦区,662030,2480,83.5
            徐汇区,"1,113,078",0.53万,
            """;

    @TempDir
    Path dir;
    Fixture fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixture.in(dir);
    }

    private Cli.Run importTable(String table, String... options) {
        String[] args = new String[options.length + 7];
        System.arraycopy(new String[]{dir.resolve(table).toString(), "--region", "310000", "--period", "2025-Q2",
                "--lang", "en"}, 0, args, 0, 7);
        System.arraycopy(options, 0, args, 7, options.length);
        return Cli.inWorkspace(dir, "import", args);
    }

    /** A spreadsheet made here with POI: rows of cells, numbers as numbers, text as text, null as no cell. */
    private Path xlsx(String name, Object[]... rows) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("2025Q2");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            book.write(out);
        }
        return file;
    }

    @Test
    void csvWithChineseHeaders_becomesASnapshot_withNotesNamingTheCells() {
        fixture.write("table.csv", CSV);
        Cli.Run r = importTable("table.csv");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEqualTo("""
                %1$s:4:2: note: resident_population: "1,113,078" read as 1113078
                %1$s:4:3: note: childcare_places: "0.53万" read as 5300
                """.formatted(dir.resolve("table.csv")));
        assertThat(r.out()).isEqualTo("""
                # yaml-language-server: $schema=../schema/snapshot.schema.json
                # Shanghai, 2025-Q2. Fill in figures only, in base units (persons, places, yuan; percent as 0–100); leave a figure blank when it is not known. Comments give each indicator's name and unit, and the previous report's figure where there is one.
                schema: dabiao/indicators/v1
                region: {code: "310000", name: 上海市}
                period: 2025-Q2
                # source: where the figures come from (optional)
                values:
                  resident_population:                          # Resident population (persons)
                  childcare_places:                             # Childcare places for children under 3 (places)
                  community_services_15min_coverage:            # 15-minute walking coverage of community public services (%)
                districts:
                  - code: "310101"
                    name: 黄浦区
                    values:
                      resident_population: 662030               # Resident population (persons)
                      childcare_places: 2480                    # Childcare places for children under 3 (places)
                      community_services_15min_coverage: 83.5   # 15-minute walking coverage of community public services (%)
                  - code: "310104"
                    name: 徐汇区
                    values:
                      resident_population: "1,113,078"          # Resident population (persons)
                      childcare_places: "0.53万"                 # Childcare places for children under 3 (places)
                      community_services_15min_coverage:        # 15-minute walking coverage of community public services (%)
                """.replace("Shanghai", "上海市"));
    }

    @Test
    void xlsxByCodes_writesAFileThatValidates() throws IOException {
        xlsx("table.xlsx",
                new Object[]{"code", "name", "resident_population", "childcare_places", "service_retail_share"},
                new Object[]{"310000", "上海市", null, null, 47.9},
                new Object[]{310101, "黄浦区", 662030, 2480, null},
                new Object[]{"310104", null, 1113078, 4100.0, null});
        Cli.Run r = importTable("table.xlsx", "--output", "indicators/shanghai/2025-Q2.yaml");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEmpty();
        String yaml = Files.readString(dir.resolve("indicators/shanghai/2025-Q2.yaml"));
        assertThat(yaml).contains("  service_retail_share: 47.9", "  - code: \"310104\"\n    name: 徐汇区\n",
                "      childcare_places: 4100 ");
        Cli.Run v = Cli.run(dir, "validate", "--indicators", "indicators", "--lang", "en", "--strict");
        assertThat(v.out()).isEqualTo("1 file(s) checked: 0 error(s), 0 warning(s), 0 note(s)\n");
    }

    @Test
    void badCells_areEachNamed_andNothingIsWritten() throws IOException {
        xlsx("table.xlsx",
                new Object[]{"区县", "常住人口", "托位数", "社区公共服务设施15分钟步行可达覆盖率"},
                new Object[]{"黄浦区", -5, 1, 101.5},
                new Object[]{"黄埔区", 1, 1, 1},
                new Object[]{"黄浦区", 1, 1, 1});
        Cli.Run r = importTable("table.xlsx", "--output", "out.yaml");
        assertThat(r.exitCode()).isEqualTo(2);
        String t = dir.resolve("table.xlsx").toString();
        assertThat(r.err()).isEqualTo("""
                %1$s:1:3: unknown column "托位数"; name each column by an indicator code or its Chinese name in indicators/catalog.yaml
                %1$s:2:2: resident_population cannot be negative, found -5
                %1$s:2:4: community_services_15min_coverage is a percent and must lie between 0 and 100, found 101.5
                %1$s:3:1: no district of 上海市 is named "黄埔区"; write the name as in the reference divisions, or add a 代码 column
                %1$s:4:1: district 310101 is listed twice (first on line 2)
                5 error(s); nothing was written
                """.formatted(t));
        assertThat(dir.resolve("out.yaml")).doesNotExist();
    }

    @Test
    void cellsWithALeadingZeroOrInHex_areRefusedLikeInASnapshot() throws IOException {
        // A CSV cell is text: 02470 would become octal if it went into the YAML unquoted.
        fixture.write("table.csv", "code,resident_population,childcare_places\n310101,0662030,0x9B0\n");
        Cli.Run csv = importTable("table.csv");
        assertThat(csv.exitCode()).isEqualTo(2);
        String t = dir.resolve("table.csv").toString();
        assertThat(csv.err()).isEqualTo("""
                %1$s:2:2: resident_population: "0662030" has a leading zero, which YAML may read as an octal number; write 662030
                %1$s:2:3: childcare_places: "0x9B0" is a hexadecimal, octal or binary number, not a figure in base units; write the decimal number
                2 error(s); nothing was written
                """.formatted(t));
        xlsx("table.xlsx", new Object[]{"code", "childcare_places"}, new Object[]{"310101", "02470"});
        assertThat(importTable("table.xlsx").err()).contains(
                "table.xlsx:2:2: childcare_places: \"02470\" has a leading zero, which YAML may read as an octal number; write 2470");
    }

    @Test
    void unknownColumnCloseToACode_suggestsIt() {
        fixture.write("table.csv", "code,childcare_place\n310101,5\n");
        Cli.Run r = importTable("table.csv");
        assertThat(r.err()).contains("table.csv:1:2: unknown column \"childcare_place\"; did you mean childcare_places, "
                + "childcare_places_per_1000?");
    }

    @Test
    void csvSavedByExcelOnChineseWindows_isReadAsGb18030() throws IOException {
        Files.write(dir.resolve("table.csv"), CSV.replace("\n", "\r\n").getBytes("GB18030"));
        Cli.Run r = importTable("table.csv", "--quiet");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("    name: 黄浦区\n", "      childcare_places: 2480 ");
    }

    @Test
    void changesSinceLastQuarter_areWarnedAbout_andItsFiguresGoInTheComments() {
        fixture.snapshot("shanghai/2025-Q1.yaml", ValidateCommandTest.LAST_QUARTER.replace("2400", "24800"));
        fixture.write("table.csv", CSV);
        Cli.Run r = importTable("table.csv", "--quiet");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("childcare_places: 2480                    "
                + "# Childcare places for children under 3 (places); 2025-Q1: 24800");
        assertThat(importTable("table.csv").err()).contains(
                "table.csv:3:3: warning: childcare_places fell by more than half since 2025-Q1, from 24800 to 2480");
    }

    @Test
    void aFileThatIsNotASpreadsheet_exit2() throws IOException {
        Files.writeString(dir.resolve("table.xlsx"), "not a zip");
        Cli.Run r = importTable("table.xlsx");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("table.xlsx: cannot read the spreadsheet: ", "1 error(s); nothing was written")
                .doesNotContain("\tat ");
        Files.writeString(dir.resolve("table.txt"), "x");
        assertThat(importTable("table.txt").err()).contains("table.txt: import reads .xlsx, .xls and .csv files");
    }

    @Test
    void tableWithoutADistrictColumn_exit2() {
        fixture.write("table.csv", "childcare_places\n5\n");
        assertThat(importTable("table.csv").err()).contains("table.csv:1:1: no district column; name one column 代码 (or code) or 区县 (or name)");
    }

    @Test
    void anImportedQ4_isCheckedAgainstItsYearsFile_asAFileBesideItWouldBe() {
        // 2025.yaml says 黄浦区 had 2400 places at the end of 2025; the table for 2025-Q4 says 2480.
        fixture.snapshot("shanghai/2025.yaml", new dabiao.SnapshotYaml("2025")
                .district("310101", "resident_population", 662030, "childcare_places", 2400).text());
        fixture.write("table.csv", CSV);
        String[] args = {dir.resolve("table.csv").toString(), "--region", "310000", "--period", "2025-Q4", "--lang", "en"};
        Cli.Run r = Cli.inWorkspace(dir, "import", args);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(dir.resolve("table.csv") + ":3:3: childcare_places", "2480", "2400");
        assertThat(r.out()).isEmpty();
    }
}
