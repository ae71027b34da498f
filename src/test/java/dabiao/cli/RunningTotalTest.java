package dabiao.cli;

import dabiao.Fixture;
import dabiao.SnapshotYaml;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A running total and its yearly count (fixture catalog: brand_first_stores_introduced, since 2021,
 * yearly brand_first_stores_new): {@code validate} warns where both are reported and disagree, and the
 * catalog's link is checked. In the snapshots below the running total stands on line 5, column 34, and
 * the yearly count on line 5 or 6, column 27.
 */
class RunningTotalTest {

    static final String TOTAL = "brand_first_stores_introduced";
    static final String YEARLY = "brand_first_stores_new";
    static final String RULE = ": a running total since 2021 is its figure at the end of last year plus this year's "
            + "brand_first_stores_new; check both figures";

    @TempDir
    Path dir;
    Fixture fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixture.in(dir);
    }

    private Path shanghai(String period, Object... figures) {
        return fixture.snapshot("shanghai/" + period + ".yaml", new SnapshotYaml(period).region(figures).text());
    }

    private Cli.Run validate(String... more) {
        String[] args = new String[more.length + 2];
        args[0] = "--lang";
        args[1] = "en";
        System.arraycopy(more, 0, args, 2, more.length);
        return Cli.inWorkspace(dir, "validate", args);
    }

    @Test
    void runningTotalDisagreeingWithLastYearsTotalPlusThisYearsCount_warnsNamingEveryFigure() {
        // 1923 at the end of 2024 and 196 so far in 2025 make 2119, not 2160.
        Path q4 = shanghai("2024-Q4", TOTAL, 1923, YEARLY, 467);
        Path q2 = shanghai("2025-Q2", TOTAL, 2160, YEARLY, 196);
        Cli.Run r = validate();
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo(q2 + ":5:34: warning: brand_first_stores_introduced is 2160 here, but "
                + "1923 brand_first_stores_introduced 2024-Q4 (" + q4 + ":5:34) + 196 brand_first_stores_new 2025-Q2 ("
                + q2 + ":6:27) = 2119" + RULE + "\n"
                + "2 file(s) checked: 0 error(s), 1 warning(s), 0 note(s)\n");
        shanghai("2025-Q2", TOTAL, 2119, YEARLY, 196);
        assertThat(validate().out()).isEqualTo("2 file(s) checked: 0 error(s), 0 warning(s), 0 note(s)\n");
    }

    @Test
    void withoutEarlierTotals_theYearlyCountsSinceItsStartAreSummed_alsoForAFileCheckedAlone() {
        // 1078 in 2021 (a year's file) + 1100 in 2022 + 300 so far in 2023 = 2478, not 2500.
        Path y2021 = shanghai("2021", YEARLY, 1078);
        Path y2022 = shanghai("2022-Q4", YEARLY, 1100);
        Path now = shanghai("2023-Q2", TOTAL, 2500, YEARLY, 300);
        String warning = now + ":5:34: warning: brand_first_stores_introduced is 2500 here, but "
                + "1078 brand_first_stores_new 2021 (" + y2021 + ":5:27) + 1100 brand_first_stores_new 2022-Q4 ("
                + y2022 + ":5:27) + 300 brand_first_stores_new 2023-Q2 (" + now + ":6:27) = 2478" + RULE + "\n";
        assertThat(validate().out()).isEqualTo(warning + "3 file(s) checked: 0 error(s), 1 warning(s), 0 note(s)\n");
        assertThat(validate(now.toString()).out())
                .isEqualTo(warning + "1 file(s) checked: 0 error(s), 1 warning(s), 0 note(s)\n");
    }

    @Test
    void inTheFirstYear_theRunningTotalIsTheYearsCount_andInChinese() {
        Path q2 = shanghai("2021-Q2", TOTAL, 239, YEARLY, 212);
        Cli.Run r = Cli.inWorkspace(dir, "validate");
        assertThat(r.out()).startsWith(q2 + ":5:34: 警告: brand_first_stores_introduced 在此为 239，但 "
                + "212 brand_first_stores_new 2021-Q2 (" + q2 + ":6:27) = 212：2021 年起的累计数等于上年末的累计数加上本年的 "
                + "brand_first_stores_new；请核对这两处数字\n");
    }

    @Test
    void aMissingYearEnd_leavesNothingToCheck() {
        // Nothing is known of 2022's count: the sum cannot be formed, so nothing is said.
        shanghai("2021-Q4", TOTAL, 1078, YEARLY, 1078);
        shanghai("2023-Q2", TOTAL, 9999, YEARLY, 300);
        assertThat(validate().out()).isEqualTo("2 file(s) checked: 0 error(s), 0 warning(s), 0 note(s)\n");
    }

    // --- the catalog's link

    private Cli.Run withCatalog(String from, String to) throws IOException {
        Path catalog = fixture.indicators().resolve("catalog.yaml");
        String text = Files.readString(catalog);
        assertThat(text).contains(from);
        Files.writeString(catalog, text.replace(from, to));
        shanghai("2025-Q2", TOTAL, 2119, YEARLY, 196);
        return validate();
    }

    /** The 1-based line of the first line of the fixture catalog that contains {@code text}. */
    private int lineOf(String text) throws IOException {
        List<String> lines = Files.readAllLines(fixture.indicators().resolve("catalog.yaml"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text);
    }

    private void assertCatalogError(Cli.Run r, String problem) {
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(fixture.indicators().resolve("catalog.yaml") + ":" + problem + "\n"
                + "1 error(s); nothing was evaluated\n");
    }

    @Test
    void yearlyNamingAnUnknownCode_isRefused() throws IOException {
        Cli.Run r = withCatalog("yearly: brand_first_stores_new", "yearly: brand_first_store_new");
        assertCatalogError(r, lineOf("yearly: brand_first_store_new") + ":13: indicator \"brand_first_stores_introduced\": "
                + "yearly names \"brand_first_store_new\", which the catalog does not define");
    }

    @Test
    void yearlyNamingAnIndicatorThatIsNotAYearToDateCount_isRefused() throws IOException {
        Cli.Run r = withCatalog("yearly: brand_first_stores_new", "yearly: doorstep_leisure_spots");
        assertCatalogError(r, lineOf("yearly: doorstep_leisure_spots") + ":13: indicator \"brand_first_stores_introduced\": "
                + "its yearly count \"doorstep_leisure_spots\" must be a reported indicator with basis: year_to_date, found cumulative");
    }

    @Test
    void aRunningTotalAndItsYearlyCountAtDifferentLevels_areRefused() throws IOException {
        Cli.Run r = withCatalog("level: region\n    since: 2021", "level: district\n    since: 2021");
        assertCatalogError(r, lineOf("yearly: brand_first_stores_new") + ":13: indicator \"brand_first_stores_introduced\" "
                + "is reported at level district but its yearly count \"brand_first_stores_new\" at level region; "
                + "both are reported for the same scopes");
    }

    @Test
    void sinceOrYearlyOnAnIndicatorThatIsNotARunningTotal_isRefused() throws IOException {
        Cli.Run r = withCatalog("basis: cumulative\n    level: region\n    since: 2021",
                "basis: state\n    level: region\n    since: 2021");
        assertCatalogError(r, lineOf("since: 2021") + ":12: indicator \"brand_first_stores_introduced\": "
                + "since is for a running total; it needs basis: cumulative");
    }

    @Test
    void yearlyWithoutSince_isRefused() throws IOException {
        Cli.Run r = withCatalog("    since: 2021\n", "");
        assertCatalogError(r, lineOf("yearly: brand_first_stores_new") + ":13: indicator \"brand_first_stores_introduced\": "
                + "yearly needs since, the year the running total starts from (since: 2021 for 2021年起累计)");
    }

    @Test
    void sinceThatIsNotAYear_isRefused() throws IOException {
        Cli.Run r = withCatalog("since: 2021", "since: 2021年");
        assertCatalogError(r, lineOf("since: 2021年") + ":12: indicator \"brand_first_stores_introduced\": "
                + "since must be the year the running total starts from, e.g. since: 2021; found \"2021年\"");
    }
}
