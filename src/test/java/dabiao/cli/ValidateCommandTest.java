package dabiao.cli;

import dabiao.Fixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dabiao validate}: one small fixture file per problem class, each asserting the exact
 * {@code file:line:col: message}, the count line and the exit code.
 */
class ValidateCommandTest {

    static final String FILE = "shanghai/2025-Q2.yaml";

    /** Line 9 column 25 is the figure 2480. */
    static final String GOOD = """
            schema: dabiao/indicators/v1
            region: {code: "310000", name: 上海市}
            period: 2025-Q2
            districts:
              - code: "310101"
                name: 黄浦区
                values:
                  resident_population: 662030
                  childcare_places: 2480
            """;

    /** Last quarter: 黄浦区 and 徐汇区, region totals of a running total and a year-to-date count. */
    static final String LAST_QUARTER = """
            schema: dabiao/indicators/v1
            region: {code: "310000", name: 上海市}
            period: 2025-Q1
            values:
              doorstep_leisure_spots: 180
              brand_first_stores_new: 120
            districts:
              - code: "310101"
                name: 黄浦区
                values:
                  resident_population: 662030
                  childcare_places: 2400
            """;

    @TempDir
    Path dir;
    Fixture fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixture.in(dir);
    }

    private Cli.Run validate(String snapshot, String... options) {
        fixture.snapshot(FILE, snapshot);
        String[] args = new String[options.length + 2];
        args[0] = "--lang";
        args[1] = "en";
        System.arraycopy(options, 0, args, 2, options.length);
        return Cli.inWorkspace(dir, "validate", args);
    }

    /** Exit 2 with exactly this one problem, then the count. */
    private static void assertError(Cli.Run r, String problem) {
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEqualTo(prefix(r) + problem + "\n1 file(s) checked: 1 error(s), 0 warning(s), 0 note(s)\n");
        assertThat(r.err()).isEmpty();
    }

    /** The path as the output shows it, up to and including the file name and colon. */
    private static String prefix(Cli.Run r) {
        int at = r.out().indexOf(FILE + ":");
        assertThat(at).as("output names " + FILE + ":\n" + r.out()).isNotNegative();
        return r.out().substring(0, at) + FILE + ":";
    }

    private static void assertLine(Cli.Run r, String problem) {
        assertThat(r.out().lines()).anyMatch(l -> l.endsWith(FILE + ":" + problem));
    }

    @Test
    void cleanFile_exits0WithACount() {
        Cli.Run r = validate(GOOD);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("1 file(s) checked: 0 error(s), 0 warning(s), 0 note(s)\n");
    }

    // --- YAML that cannot be read

    @Test
    void unclosedQuoteInTheMiddle_isPlacedOnItsOwnLine_inChineseWithoutLibraryText() throws Exception {
        // The quote opened on 黄浦区's name swallows lines until the next quote; the parser gives up far below.
        String text = GOOD.replace("name: 黄浦区", "name: \"黄浦区") + "  - code: \"310104\"\n    name: 徐汇区\n";
        fixture.snapshot(FILE, text);
        Cli.Run r = Cli.inWorkspace(dir, "validate", "--lang", "zh");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).contains(":6:11: 这里的引号没有闭合").doesNotContain("scanning", "while", "found");
        // --verbose adds the YAML library's own words, for whoever wants them.
        assertThat(Cli.inWorkspace(dir, "validate", "--lang", "zh", "--verbose").out())
                .containsPattern(":6:11: 这里的引号没有闭合.*\\[.*\\]");
    }

    @Test
    void yamlThatDoesNotParse() {
        assertError(validate(GOOD.replace("name: 黄浦区", "name: \"黄浦区")),
                "6:11: this quote is never closed; end the value with the same quote, or remove it");
    }

    @Test
    void tabInTheIndentation() {
        assertError(validate(GOOD.replace("    name: 黄浦区", "\tname: 黄浦区")),
                "6:1: a tab character in the indentation; indent with spaces");
    }

    @Test
    void fullWidthColon_isNamedOnItsOwnLine() {
        // YAML alone would fail a line later ("missing colon"), or bind a top-level key as a wrong shape.
        assertError(validate(GOOD.replace("childcare_places: 2480", "childcare_places：2480")),
                "9:7: \"childcare_places\" is followed by a full-width colon \"：\"; write a half-width colon and a space \": \"");
        assertError(validate(GOOD.replace("districts:", "districts：")),
                "4:1: \"districts\" is followed by a full-width colon \"：\"; write a half-width colon and a space \": \"");
        // In a value, a full-width colon is text.
        assertThat(validate(GOOD.replace("period: 2025-Q2", "period: 2025-Q2\nsource: 区统计局：季报")).exitCode()).isZero();
    }

    @Test
    void duplicateKey() {
        assertError(validate(GOOD.replace("period: 2025-Q2", "period: 2025-Q2\nperiod: 2025-Q2")),
                "4:1: the key \"period\" appears twice");
    }

    @Test
    void emptyFile() {
        Cli.Run r = validate("# nothing yet\n");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).contains(FILE + ": the file is empty; expected a snapshot starting with \"schema: dabiao/indicators/v1\"");
    }

    @Test
    void fileThatIsNotUtf8() throws IOException {
        fixture.snapshot(FILE, GOOD);
        Files.write(fixture.indicators().resolve(FILE), GOOD.getBytes("GB18030"));
        Cli.Run r = Cli.run(dir, "validate", "--indicators", "indicators", "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).contains(FILE + ":2: the file is not UTF-8 text; save it as UTF-8");
    }

    // --- the file's head

    @Test
    void missingSchemaLine() {
        assertError(validate(GOOD.replace("schema: dabiao/indicators/v1\n", "")),
                "1:1: no schema line; the file must start with \"schema: dabiao/indicators/v1\"");
    }

    @Test
    void wrongSchemaLine() {
        assertError(validate(GOOD.replace("indicators/v1", "indicators/v2")),
                "1:9: schema is \"dabiao/indicators/v2\"; expected \"dabiao/indicators/v1\"");
    }

    @Test
    void periodThatIsNeitherAQuarterNorAYear() {
        Cli.Run r = validate(GOOD.replace("period: 2025-Q2", "period: 2025Q2"));
        assertThat(r.exitCode()).isEqualTo(2);
        assertLine(r, "3:9: period \"2025Q2\" is neither YYYY-Qn (e.g. 2025-Q2) nor YYYY");
    }

    @Test
    void periodNotMatchingTheFileName() {
        assertError(validate(GOOD.replace("period: 2025-Q2", "period: 2025-Q3")),
                "3:9: period 2025-Q3 does not match the file name 2025-Q2.yaml");
    }

    @Test
    void unknownRegionCode() {
        assertError(validate(GOOD.replace("\"310000\"", "\"310001\"")),
                "2:16: unknown region code \"310001\"; the reference divisions have 310000 (上海市) and 321000 (扬州市)");
    }

    @Test
    void unknownDistrictCode() {
        assertError(validate(GOOD.replace("\"310101\"", "\"310199\"")),
                "5:11: district code \"310199\" is not a district of 上海市 in the reference divisions");
    }

    @Test
    void nameNotMatchingItsCode() {
        assertError(validate(GOOD.replace("name: 黄浦区", "name: 徐汇区")),
                "6:11: name \"徐汇区\" does not match code 310101, which is 黄浦区");
    }

    @Test
    void districtListedTwice() {
        assertError(validate(GOOD + "  - code: \"310101\"\n    name: 黄浦区\n"),
                "10:11: district 310101 is listed twice (first on line 5)");
    }

    // --- figures

    @Test
    void unknownIndicator_suggestsTheClosestCodes() {
        assertError(validate(GOOD.replace("childcare_places:", "childcare_place:")),
                "9:24: unknown indicator \"childcare_place\"; did you mean childcare_places, childcare_places_per_1000?");
    }

    @Test
    void textWhereANumberBelongs() {
        assertError(validate(GOOD.replace("2480", "两千四百八十")),
                "9:25: childcare_places: \"两千四百八十\" is not a number; write figures in base units, e.g. 53000 or 5.3万");
    }

    @Test
    void notANumber() {
        assertError(validate(GOOD.replace("2480", ".nan")), "9:25: childcare_places: NaN or infinity is not a figure");
    }

    @Test
    void infinity() {
        assertError(validate(GOOD.replace("2480", ".inf")), "9:25: childcare_places: NaN or infinity is not a figure");
    }

    @Test
    void negativeCount() {
        assertError(validate(GOOD.replace("2480", "-5")), "9:25: childcare_places cannot be negative, found -5");
    }

    @Test
    void percentOutside0To100() {
        assertError(validate(GOOD.replace("childcare_places: 2480", "community_services_15min_coverage: 101.5")),
                "9:42: community_services_15min_coverage is a percent and must lie between 0 and 100, found 101.5");
    }

    @Test
    void derivedFigureDisagreeingWithItsParts() {
        assertError(validate(GOOD + "      childcare_places_per_1000: 9.9\n"),
                "10:34: childcare_places_per_1000 is given as 9.9 but childcare_places and resident_population give 3.746; "
                        + "leave it out and dabiao derives it");
    }

    @Test
    void leadingZero_isRefused_ratherThanReadAsOctal() {
        // YAML 1.1 reads 02470 as the octal 1336.
        assertError(validate(GOOD.replace("2480", "02470")),
                "9:25: childcare_places: \"02470\" has a leading zero, which YAML may read as an octal number; write 2470");
    }

    @Test
    void hexadecimal_isRefused() {
        assertError(validate(GOOD.replace("2480", "0x9B0")),
                "9:25: childcare_places: \"0x9B0\" is a hexadecimal, octal or binary number, not a figure in base units; "
                        + "write the decimal number");
    }

    @Test
    void zeroAndDecimalsBelowOne_areFine() {
        Cli.Run r = validate(GOOD.replace("2480", "0") + "      community_services_15min_coverage: 0.5\n"
                + "values:\n  service_retail_share: 0.25\n");
        assertThat(r.out()).isEqualTo("1 file(s) checked: 0 error(s), 0 warning(s), 0 note(s)\n");
    }

    @Test
    void blankFigure_isNotReported_andAccepted() {
        assertThat(validate(GOOD.replace("2480", "")).exitCode()).isZero();
    }

    @Test
    void emptyValues_areNothingReported_andAccepted() {
        Cli.Run r = validate(GOOD.replace("      resident_population: 662030\n      childcare_places: 2480\n", "")
                + "values:\n");
        assertThat(r.out()).isEqualTo("1 file(s) checked: 0 error(s), 0 warning(s), 0 note(s)\n");
    }

    // --- input is data, never code

    @Test
    void tagThatWouldBuildAnObject_isRefused() {
        assertError(validate(GOOD.replace("2480", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]")),
                "9:25: the tag \"!!javax.script.ScriptEngineManager\" is not allowed: a snapshot holds only figures and text; remove the tag");
    }

    @Test
    void billionLaughs_failsFastAtTheFirstAlias() {
        StringBuilder lol = new StringBuilder(GOOD).append("x0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            lol.append("x").append(i).append(": &x").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*x" + (i - 1)))).append("]\n");
        }
        long start = System.nanoTime();
        Cli.Run r = validate(lol.toString());
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
        assertError(r, "11:10: the alias \"*x0\" repeats another part of the file; aliases are not allowed in a snapshot, write the value out");
    }

    @Test
    void nestingTooDeep() {
        assertError(validate(GOOD.replace("2480", "[".repeat(50) + "]".repeat(50))),
                "9:31: nested more than 10 levels deep; a snapshot nests four levels (districts, a district, its values)");
    }

    @Test
    void fileTooLarge_isRefusedBeforeParsing() {
        Cli.Run r = validate(GOOD + "# " + "x".repeat(17 * 1024 * 1024) + "\n");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).contains(FILE + ": the file is larger than 16 MiB; a snapshot is a few kilobytes");
    }

    // --- normalised figures: notes, which never fail a run

    @Test
    void figuresAsTyped_areReadAndNoted_withoutFailingStrict() {
        Cli.Run r = validate(GOOD.replace("662030", "６６２０３０").replace("2480", "\"2,480\"")
                + "      community_services_15min_coverage: ８３.５\n"
                + "values:\n  resident_population: 2487.09万\n", "--strict");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("""
                %1$s8:28: note: resident_population: "６６２０３０" read as 662030
                %1$s9:25: note: childcare_places: "2,480" read as 2480
                %1$s10:42: note: community_services_15min_coverage: "８３.５" read as 83.5
                %1$s12:24: note: resident_population: "2487.09万" read as 24870900
                1 file(s) checked: 0 error(s), 0 warning(s), 4 note(s)
                """.formatted(prefix(r)));
    }

    @Test
    void aPercentWithItsSign_isReadAsThePercent_otherFiguresWithASignAreNot() {
        Cli.Run r = validate(GOOD + "      community_services_15min_coverage: 88%\n");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains(FILE + ":10:42: note: community_services_15min_coverage: \"88%\" read as 88");
        assertError(validate(GOOD.replace("2480", "2480%")),
                "9:25: childcare_places: \"2480%\" is not a number; write figures in base units, e.g. 53000 or 5.3万");
    }

    // --- since the previous quarter: warnings, which fail only --strict

    @Test
    void countFallingByMoreThanHalf() {
        fixture.snapshot("shanghai/2025-Q1.yaml", LAST_QUARTER.replace("2400", "24800"));
        Cli.Run r = validate(GOOD);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo(prefix(r) + "9:25: warning: childcare_places fell by more than half since 2025-Q1, "
                + "from 24800 to 2480; check the unit (base units: 53000, not 5.3)\n"
                + "2 file(s) checked: 0 error(s), 1 warning(s), 0 note(s)\n");
        assertThat(validate(GOOD, "--strict").exitCode()).isEqualTo(2);
    }

    @Test
    void countGrowingMoreThanTenfold() {
        fixture.snapshot("shanghai/2025-Q1.yaml", LAST_QUARTER.replace("2400", "240"));
        assertLine(validate(GOOD), "9:25: warning: childcare_places grew tenfold or more since 2025-Q1, from 240 to 2480; "
                + "check the unit and the number of digits");
    }

    @Test
    void anAppendedZero_exactlyTenfold_isCaught() {
        fixture.snapshot("shanghai/2025-Q1.yaml", LAST_QUARTER.replace("2400", "248"));
        assertLine(validate(GOOD), "9:25: warning: childcare_places grew tenfold or more since 2025-Q1, from 248 to 2480; "
                + "check the unit and the number of digits");
    }

    @Test
    void aPercentTypedAsAFraction_isCaughtAgainstTheLastReport() {
        fixture.snapshot("shanghai/2025-Q1.yaml", LAST_QUARTER.replace("  doorstep_leisure_spots: 180\n",
                "  doorstep_leisure_spots: 180\n  service_retail_share: 42.8\n"));
        fixture.snapshot("shanghai/2025-Q2.yaml", GOOD.replace("period: 2025-Q2\n",
                "period: 2025-Q2\nvalues:\n  service_retail_share: 0.431\n"));
        Cli.Run r = Cli.inWorkspace(dir, "validate", "--lang", "en");
        assertThat(r.out()).contains("2025-Q2.yaml:5:25: warning: service_retail_share is 0.431 after 42.8 in 2025-Q1: "
                + "a percent is written 0–100 (42.8 for 42.8 %), not as a fraction");
    }

    @Test
    void districtPresentLastQuarterAndMissingNow() {
        fixture.snapshot("shanghai/2025-Q1.yaml", LAST_QUARTER + "  - code: \"310104\"\n    name: 徐汇区\n");
        assertLine(validate(GOOD), "3:9: warning: district 310104 徐汇区 was listed in 2025-Q1 but is missing here; "
                + "list it again, leaving unknown figures blank");
    }

    @Test
    void runningTotalThatWentDown() {
        fixture.snapshot("shanghai/2025-Q1.yaml", LAST_QUARTER);
        assertLine(validate(GOOD + "values:\n  doorstep_leisure_spots: 150\n"),
                "11:27: warning: doorstep_leisure_spots is a running total but went down since 2025-Q1, from 180 to 150");
    }

    @Test
    void yearToDateCountThatWentDownWithinTheYear() {
        fixture.snapshot("shanghai/2025-Q1.yaml", LAST_QUARTER);
        assertLine(validate(GOOD + "values:\n  brand_first_stores_new: 80\n"),
                "11:27: warning: brand_first_stores_new counts the year so far but went down since 2025-Q1, from 120 to 80");
    }

    @Test
    void yearToDateCount_restartsInTheFirstQuarter() {
        fixture.snapshot("shanghai/2024-Q4.yaml", LAST_QUARTER.replace("2025-Q1", "2024-Q4"));
        fixture.snapshot(FILE, GOOD.replace("2025-Q2", "2025-Q1") + "values:\n  brand_first_stores_new: 15\n");
        fixture.snapshot("shanghai/2025-Q1.yaml", GOOD.replace("2025-Q2", "2025-Q1") + "values:\n  brand_first_stores_new: 15\n");
        Cli.Run r = Cli.run(dir, "validate", dir.resolve("indicators/shanghai/2025-Q1.yaml").toString(),
                "--indicators", "indicators", "--lang", "en");
        assertThat(r.out()).isEqualTo("1 file(s) checked: 0 error(s), 0 warning(s), 0 note(s)\n");
    }

    @Test
    void oneFileAlone_isComparedWithTheFileOfThePreviousQuarterBesideIt() {
        fixture.snapshot("shanghai/2025-Q1.yaml", LAST_QUARTER.replace("2400", "24800"));
        fixture.snapshot(FILE, GOOD);
        Cli.Run r = Cli.run(dir, "validate", dir.resolve("indicators/" + FILE).toString(),
                "--indicators", "indicators", "--lang", "en");
        assertThat(r.out()).contains("9:25: warning: childcare_places fell by more than half since 2025-Q1")
                .endsWith("1 file(s) checked: 0 error(s), 1 warning(s), 0 note(s)\n");
    }

    @Test
    void aYearsFile_isTheEarlierReportOfTheNextFirstQuarter() {
        fixture.snapshot("shanghai/2024.yaml", LAST_QUARTER.replace("2025-Q1", "2024").replace("2400", "24800"));
        fixture.snapshot("shanghai/2025-Q1.yaml", GOOD.replace("2025-Q2", "2025-Q1"));
        Cli.Run r = Cli.inWorkspace(dir, "validate", "--lang", "en");
        assertThat(r.out()).isEqualTo(dir.resolve("indicators/shanghai/2025-Q1.yaml") + ":9:25: warning: childcare_places "
                + "fell by more than half since 2024, from 24800 to 2480; check the unit (base units: 53000, not 5.3)\n"
                + "2 file(s) checked: 0 error(s), 1 warning(s), 0 note(s)\n");
    }

    @Test
    void missingQuarters_areBridgedByTheNearestEarlierReport() {
        // 2023-Q3 and 2023-Q4 are missing: 2024-Q1 is compared with 2023-Q2, and a running total that fell
        // between them warns.
        fixture.snapshot("shanghai/2023-Q2.yaml", LAST_QUARTER.replace("2025-Q1", "2023-Q2"));
        fixture.snapshot("shanghai/2024-Q1.yaml", GOOD.replace("2025-Q2", "2024-Q1")
                + "values:\n  doorstep_leisure_spots: 150\n");
        Cli.Run r = Cli.inWorkspace(dir, "validate", "--lang", "en");
        assertThat(r.out()).isEqualTo(dir.resolve("indicators/shanghai/2024-Q1.yaml") + ":11:27: warning: "
                + "doorstep_leisure_spots is a running total but went down since 2023-Q2, from 180 to 150\n"
                + "2 file(s) checked: 0 error(s), 1 warning(s), 0 note(s)\n");
    }

    @Test
    void yearToDateCount_isComparedWithinItsCalendarYearOnly() {
        // 2024 (the full year, 120) before 2025-Q1 (80): a new year, nothing to compare. 2025-Q3 (70) after
        // 2025-Q1 with 2025-Q2 missing: the same year, and the count went down.
        fixture.snapshot("shanghai/2024.yaml", LAST_QUARTER.replace("2025-Q1", "2024"));
        fixture.snapshot("shanghai/2025-Q1.yaml", GOOD.replace("2025-Q2", "2025-Q1") + "values:\n  brand_first_stores_new: 80\n");
        fixture.snapshot("shanghai/2025-Q3.yaml", GOOD.replace("2025-Q2", "2025-Q3") + "values:\n  brand_first_stores_new: 70\n");
        Cli.Run r = Cli.inWorkspace(dir, "validate", "--lang", "en");
        assertThat(r.out()).isEqualTo(dir.resolve("indicators/shanghai/2025-Q3.yaml") + ":11:27: warning: "
                + "brand_first_stores_new counts the year so far but went down since 2025-Q1, from 80 to 70\n"
                + "3 file(s) checked: 0 error(s), 1 warning(s), 0 note(s)\n");
    }

    @Test
    void oneFileAlone_isComparedWithTheNearestReportBesideIt_theQuarterBeforeItsYear() {
        // Beside 2025-Q1: 2024.yaml (24800) and 2024-Q4.yaml (2400) end at the same moment; the quarter is
        // the one compared with, as in the evaluation.
        fixture.snapshot("shanghai/2024.yaml", LAST_QUARTER.replace("2025-Q1", "2024").replace("2400", "24800"));
        fixture.snapshot("shanghai/2024-Q4.yaml", LAST_QUARTER.replace("2025-Q1", "2024-Q4"));
        fixture.snapshot("shanghai/2025-Q1.yaml", GOOD.replace("2025-Q2", "2025-Q1"));
        Cli.Run r = Cli.run(dir, "validate", dir.resolve("indicators/shanghai/2025-Q1.yaml").toString(),
                "--indicators", "indicators", "--lang", "en");
        assertThat(r.out()).isEqualTo("1 file(s) checked: 0 error(s), 0 warning(s), 0 note(s)\n");
        fixture.snapshot("shanghai/2024-Q4.yaml", LAST_QUARTER.replace("2025-Q1", "2024-Q4").replace("2400", "240"));
        assertThat(Cli.run(dir, "validate", dir.resolve("indicators/shanghai/2025-Q1.yaml").toString(),
                "--indicators", "indicators", "--lang", "en").out())
                .contains("2025-Q1.yaml:9:25: warning: childcare_places grew tenfold or more since 2024-Q4, from 240 to 2480");
    }

    // --- a year's file and its fourth quarter's: the same moment

    @Test
    void yearAndItsFourthQuarter_disagreeing_isAnError_namingBothFiles() {
        fixture.snapshot("shanghai/2024-Q4.yaml", GOOD.replace("2025-Q2", "2024-Q4").replace("2480", "2490"));
        fixture.snapshot("shanghai/2024.yaml", GOOD.replace("2025-Q2", "2024"));
        Path year = dir.resolve("indicators/shanghai/2024.yaml");
        Path quarter = dir.resolve("indicators/shanghai/2024-Q4.yaml");
        Cli.Run r = Cli.inWorkspace(dir, "validate", "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEqualTo(year + ":9:25: childcare_places is 2480 here but 2490 in " + quarter
                + ":9:25; a year file and its fourth quarter describe the same moment\n"
                + "2 file(s) checked: 1 error(s), 0 warning(s), 0 note(s)\n");
        Cli.Run alone = Cli.run(dir, "validate", quarter.toString(), "--indicators", "indicators", "--lang", "en");
        assertThat(alone.out()).startsWith(quarter + ":9:25: childcare_places is 2490 here but 2480 in " + year + ":9:25;");
        Cli.Run evaluate = Cli.evaluate(dir, "--lang", "en");
        assertThat(evaluate.exitCode()).isEqualTo(2);
        assertThat(evaluate.err()).contains(year + ":9:25: childcare_places is 2480 here but 2490 in " + quarter);
    }

    @Test
    void yearAndItsFourthQuarter_agreeing_isFine() {
        fixture.snapshot("shanghai/2024-Q4.yaml", GOOD.replace("2025-Q2", "2024-Q4"));
        fixture.snapshot("shanghai/2024.yaml", GOOD.replace("2025-Q2", "2024").replace("2480", "2.48e3")
                + "values:\n  service_retail_share: 47.9\n");
        assertThat(Cli.inWorkspace(dir, "validate", "--lang", "en").out())
                .isEqualTo("2 file(s) checked: 0 error(s), 0 warning(s), 0 note(s)\n");
    }

    // --- many files, many problems

    @Test
    void everyProblemOfEveryFile_isListed_groupedByFileInLineOrder() {
        fixture.snapshot("shanghai/2025-Q1.yaml", LAST_QUARTER.replace("2400", "-1").replace("662030", "abc"));
        Cli.Run r = validate(GOOD.replace("2480", "-5").replace("\"310000\"", "\"310000\"").replace("黄浦区", "徐汇区"));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out().lines().toList()).hasSize(5).satisfies(lines -> {
            assertThat(lines.get(0)).endsWith("shanghai/2025-Q1.yaml:11:28: resident_population: \"abc\" is not a number; "
                    + "write figures in base units, e.g. 53000 or 5.3万");
            assertThat(lines.get(1)).endsWith("shanghai/2025-Q1.yaml:12:25: childcare_places cannot be negative, found -1");
            assertThat(lines.get(2)).endsWith(FILE + ":6:11: name \"徐汇区\" does not match code 310101, which is 黄浦区");
            assertThat(lines.get(3)).endsWith(FILE + ":9:25: childcare_places cannot be negative, found -5");
            assertThat(lines.get(4)).isEqualTo("2 file(s) checked: 4 error(s), 0 warning(s), 0 note(s)");
        });
    }

    @Test
    void aFolderArgument_isSearchedForSnapshots() {
        fixture.snapshot(FILE, GOOD.replace("2480", "-5"));
        fixture.snapshot("yangzhou/notes.txt", "not a snapshot");
        Cli.Run r = Cli.run(dir, "validate", dir.resolve("indicators/shanghai").toString(), "--indicators", "indicators");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).contains(FILE + ":9:25: childcare_places 不能为负数，实际为 -5")
                .endsWith("已检查 1 个文件：1 个错误，0 个警告，0 个提示\n");
    }

    @Test
    void quiet_listsOnlyErrors_butCountsEverything() {
        fixture.snapshot("shanghai/2025-Q1.yaml", LAST_QUARTER.replace("2400", "24800"));
        Cli.Run r = validate(GOOD.replace("662030", "66.203万"), "--quiet");
        assertThat(r.out()).isEqualTo("2 file(s) checked: 0 error(s), 1 warning(s), 1 note(s)\n");
    }

    // --- evaluate runs the same checks first

    @Test
    void evaluate_printsTheWarningsOnStderr_andStillEvaluates() {
        fixture.snapshot("shanghai/2025-Q1.yaml", LAST_QUARTER.replace("2400", "24800"));
        fixture.snapshot(FILE, GOOD);
        Cli.Run r = Cli.evaluate(dir, "--lang", "en", "--fail-on", "never");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains(FILE + ":9:25: warning: childcare_places fell by more than half since 2025-Q1");
        assertThat(r.out()).contains("dabiao verdicts as of 2025-Q2");
        assertThat(Cli.evaluate(dir, "--lang", "en", "--fail-on", "never", "--quiet").err()).isEmpty();
    }

    @Test
    void evaluate_refusesTheSameErrors() {
        fixture.snapshot(FILE, GOOD.replace("2480", "!!java.net.URL [\"http://example.org\"]"));
        Cli.Run r = Cli.evaluate(dir, "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(FILE + ":9:25: the tag \"!!java.net.URL\" is not allowed");
    }
}
