package dabiao.engine;

import dabiao.Fixture;
import dabiao.SnapshotYaml;
import dabiao.model.BaselineKind;
import dabiao.model.Lang;
import dabiao.model.Missing;
import dabiao.model.Period;
import dabiao.model.Report;
import dabiao.model.ScopeRole;
import dabiao.model.Status;
import dabiao.model.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dabiao.Fixture.verdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The time model, with verdicts worked out by hand: a closed target is judged once, on its deadline's
 * figure; a running total counts its plan period only; a baseline is the plan's own; a stale figure is
 * not evidence; a city target is judged for the city. Times are period ends in years (end of 2020 = 2021.0).
 */
class TimeModelTest {

    private static final String BEDS = "form-increase";
    private static final String PARKS = "form-cumulative-total";
    private static final String CEILING = "form-ceiling";
    private static final String CITY = "scope-city-childcare";
    private static final String COVERAGE = "sh23-1-community-services-15min";
    private static final String CHILDCARE = "sh23-15-childcare-per-1000";
    private static final int POP = 1_000_000;

    @TempDir
    Path dir;
    Fixture fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixture.in(dir, "rules", "forms-rules", "scope-rules");
    }

    private void shanghai(String period, SnapshotYaml yaml) {
        fixture.snapshot("shanghai/" + period + ".yaml", yaml.text());
    }

    @Test
    void metAtTheDeadline_staysMetWhenTheFigureSlipsAfter() {
        // At most 30 by the end of 2025: 29 then, 33 in 2026-Q3. Closed, judged on 29.
        shanghai("2020-Q4", new SnapshotYaml("2020-Q4").region("pm25_concentration", 40));
        shanghai("2025-Q4", new SnapshotYaml("2025-Q4").region("pm25_concentration", 29));
        shanghai("2026-Q3", new SnapshotYaml("2026-Q3").region("pm25_concentration", 33));
        Verdict v = verdict(fixture.evaluate("2026-Q3"), CEILING, "310000");
        assertThat(v.status()).isEqualTo(Status.MET);
        assertThat(v.assessment().latest().period()).isEqualTo(Period.parse("2025-Q4"));
        assertThat(v.assessment().sinceDeadline().period()).isEqualTo(Period.parse("2026-Q3"));
        assertThat(v.assessment().sinceDeadline().value()).isEqualTo(33.0);
        assertThat(v.reason().zh()).contains("2025年末数据 29", "2026-Q3 为 33");
        assertThat(v.reason().en()).contains("33 µg/m³ in 2026-Q3, no longer meeting it");
    }

    @Test
    void missedAtTheDeadline_staysMissedWhenTheFigurePassesAfter() {
        shanghai("2020-Q4", new SnapshotYaml("2020-Q4").region("pm25_concentration", 40));
        shanghai("2025-Q4", new SnapshotYaml("2025-Q4").region("pm25_concentration", 31));
        shanghai("2026-Q3", new SnapshotYaml("2026-Q3").region("pm25_concentration", 28));
        Report r = fixture.evaluate("2026-Q3");
        Verdict v = verdict(r, CEILING, "310000");
        assertThat(v.status()).isEqualTo(Status.MISSED);
        assertThat(v.assessment().latest().value()).isEqualTo(31.0);
        assertThat(v.reason().zh()).contains("达标于2026-Q3，晚于期限");
        assertThat(v.reason().en()).contains("met in 2026-Q3, after the deadline");
        // Judged once: as of the deadline itself the verdict is the same.
        assertThat(verdict(fixture.evaluate("2025-Q4"), CEILING, "310000").status()).isEqualTo(Status.MISSED);
    }

    @Test
    void closedTarget_neverMovesInADiffAfterItsDeadline() {
        shanghai("2020-Q4", new SnapshotYaml("2020-Q4").region("pm25_concentration", 40));
        shanghai("2025-Q4", new SnapshotYaml("2025-Q4").region("pm25_concentration", 31));
        shanghai("2026-Q3", new SnapshotYaml("2026-Q3").region("pm25_concentration", 28));
        dabiao.model.ReportDiff diff = dabiao.model.ReportDiff.between(fixture.evaluate("2026-Q1"), fixture.evaluate("2026-Q3"));
        assertThat(diff.changes()).noneMatch(c -> c.after().target().id().equals(CEILING));
    }

    @Test
    void deadlineFigureMissing_isNoData_evenWithALaterFigure() {
        shanghai("2020-Q4", new SnapshotYaml("2020-Q4").region("pm25_concentration", 40));
        shanghai("2025-Q3", new SnapshotYaml("2025-Q3").region("pm25_concentration", 29));
        shanghai("2026-Q3", new SnapshotYaml("2026-Q3").region("pm25_concentration", 28));
        Verdict v = verdict(fixture.evaluate("2026-Q3"), CEILING, "310000");
        assertThat(v.status()).isEqualTo(Status.NO_DATA);
        assertThat(v.assessment().missing()).isEqualTo(new Missing("pm25_concentration", Missing.Kind.AT_DEADLINE, Period.year(2025)));
        assertThat(v.assessment().latest()).isNull();
        assertThat(v.assessment().sinceDeadline().value()).isEqualTo(28.0);
        assertThat(v.reason().zh()).contains("未报送2025年末的", "此后最新数据 28");
    }

    @Test
    void aYearFileIsTheSameMomentAsItsFourthQuarter() {
        shanghai("2020", new SnapshotYaml("2020").region("pm25_concentration", 40));
        shanghai("2025", new SnapshotYaml("2025").region("pm25_concentration", 30));
        Verdict v = verdict(fixture.evaluate("2026-Q1"), CEILING, "310000");
        assertThat(v.status()).isEqualTo(Status.MET);
        assertThat(v.assessment().latest().period()).isEqualTo(Period.year(2025));
    }

    @Test
    void runningTotal_countsItsPlanPeriodOnly() {
        // 不少于20个 over 2021–2025: 18 at the end of 2025 is missed; the 25 of 2026-Q3 include parks built
        // after the period and change nothing.
        shanghai("2023-Q4", new SnapshotYaml("2023-Q4").region("sports_parks_built", 12));
        shanghai("2025-Q4", new SnapshotYaml("2025-Q4").region("sports_parks_built", 18));
        shanghai("2026-Q3", new SnapshotYaml("2026-Q3").region("sports_parks_built", 25));
        Verdict v = verdict(fixture.evaluate("2026-Q3"), PARKS, "310000");
        assertThat(v.status()).isEqualTo(Status.MISSED);
        assertThat(v.assessment().latest().value()).isEqualTo(18.0);
        assertThat(v.assessment().baseline().value()).isZero();
        assertThat(v.reason().zh()).contains("2021–2025年累计 ≥ 20个");
        // 25 by 2026-Q3 counts parks built after 2025, which the plan period excludes: never "met late".
        assertThat(v.reason().zh()).contains("此后最新数据 25个（2026-Q3）").doesNotContain("晚于期限");
    }

    @Test
    void increaseWithoutItsStartFigure_isNoDataForTheBaseline() {
        // 新增15000张 over the end of 2020, which nobody reported: the increase cannot be measured.
        shanghai("2021-Q4", new SnapshotYaml("2021-Q4").region("elderly_care_beds", 150000));
        shanghai("2022-Q4", new SnapshotYaml("2022-Q4").region("elderly_care_beds", 160000));
        Verdict v = verdict(fixture.evaluate("2022-Q4"), BEDS, "310000");
        assertThat(v.status()).isEqualTo(Status.NO_DATA);
        assertThat(v.assessment().missing()).isEqualTo(new Missing("elderly_care_beds", Missing.Kind.BASELINE, Period.year(2020)));
        assertThat(v.reason().zh()).contains("起始期（2020）", "无法确定基数");
    }

    @Test
    void increase_comparesAnIncreaseWithAnIncrease() {
        // 150000 → 158000 by 2022-Q2: an increase of 8000 against 7500 expected (1.5 of 3 years).
        shanghai("2020-Q4", new SnapshotYaml("2020-Q4").region("elderly_care_beds", 150000));
        shanghai("2022-Q2", new SnapshotYaml("2022-Q2").region("elderly_care_beds", 158000));
        Verdict v = verdict(fixture.evaluate("2022-Q2"), BEDS, "310000");
        assertThat(v.status()).isEqualTo(Status.ON_TRACK);
        assertThat(v.assessment().measured()).isEqualTo(8000.0);
        assertThat(v.reason().zh()).contains("新增 8,000张", "新增 7,500张", "较2020年末新增 ≥ 1.5万张");
        assertThat(v.reason().en()).contains("an increase of 8,000 beds", "an increase of ≥ 15,000 beds over the end of 2020");
        // Tables and diffs show the figure judged, the increase, not the level of 158,000.
        assertThat(Wording.judged(v.assessment(), fixture.load().catalog(), Lang.ZH)).isEqualTo("新增 8,000张");
    }

    @Test
    void staleFigureBeforeTheDeadline_isNoDataNamingIt() {
        // Nothing since 2021-Q4; as of 2024-Q4 that is twelve quarters old.
        shanghai("2020-Q4", new SnapshotYaml("2020-Q4").region("pm25_concentration", 40));
        shanghai("2021-Q4", new SnapshotYaml("2021-Q4").region("pm25_concentration", 37));
        Verdict v = verdict(fixture.evaluate("2024-Q4"), CEILING, "310000");
        assertThat(v.status()).isEqualTo(Status.NO_DATA);
        assertThat(v.assessment().missing()).isEqualTo(new Missing("pm25_concentration", Missing.Kind.STALE, Period.parse("2021-Q4")));
        assertThat(v.reason().zh()).contains("37", "2021-Q4", "四个季度");
        // Four quarters old is still evidence, and pace is measured at the as-of period: at 2023.0, two of
        // five years from 2021.0 to 2026.0, expected 40 − 10 × 0.4 = 36 (not 38 at the figure's own date),
        // so R = 3 / 4 = 0.75, at risk.
        Verdict fresh = verdict(fixture.evaluate("2022-Q4"), CEILING, "310000");
        assertThat(fresh.assessment().expectedNow()).isCloseTo(36.0, within(1e-9));
        assertThat(fresh.assessment().paceRatio()).isCloseTo(0.75, within(1e-9));
        assertThat(fresh.status()).isEqualTo(Status.AT_RISK);
    }

    @Test
    void levelWithoutAStartFigure_fallsBackToTheEarliest_andSaysSo() {
        shanghai("2021-Q4", new SnapshotYaml("2021-Q4").region("pm25_concentration", 40));
        shanghai("2023-Q2", new SnapshotYaml("2023-Q2").region("pm25_concentration", 36));
        Verdict v = verdict(fixture.evaluate("2023-Q2"), CEILING, "310000");
        assertThat(v.assessment().baselineKind()).isEqualTo(BaselineKind.EARLIEST);
        assertThat(v.assessment().baseline().period()).isEqualTo(Period.parse("2021-Q4"));
        assertThat(v.reason().zh()).contains("缺少起始期（2020）数据，以最早数据 40");
    }

    @Test
    void ceilingBehindPace_saysAbove() {
        // 40 → 38 by 2023-Q2 against 35 expected: R = 2/5 = 0.4, off track, and the figure is above the path.
        shanghai("2020-Q4", new SnapshotYaml("2020-Q4").region("pm25_concentration", 40));
        shanghai("2023-Q2", new SnapshotYaml("2023-Q2").region("pm25_concentration", 38));
        Verdict v = verdict(fixture.evaluate("2023-Q2"), CEILING, "310000");
        assertThat(v.status()).isEqualTo(Status.OFF_TRACK);
        assertThat(v.reason().zh()).contains("远高于");
        assertThat(v.reason().en()).contains("far above");
    }

    @Test
    void metAtTheBaselineAndSlightlySlipped_isAtRiskNotFarBehind() {
        // 85 % coverage met already at the end of 2020 (86); 80.72 in 2023-Q2 is 0.03 below the 80.75 that
        // counts as met: a slip of 0.04 % of the bound, at risk; 70 is off track.
        shanghai("2020-Q4", new SnapshotYaml("2020-Q4").district("310101", "community_services_15min_coverage", 86)
                .district("310104", "community_services_15min_coverage", 86));
        shanghai("2023-Q2", new SnapshotYaml("2023-Q2").district("310101", "community_services_15min_coverage", 80.72)
                .district("310104", "community_services_15min_coverage", 70));
        Report r = fixture.evaluate("2023-Q2");
        Verdict slight = verdict(r, COVERAGE, "310101");
        assertThat(slight.status()).isEqualTo(Status.AT_RISK);
        assertThat(slight.rule()).isEqualTo("slipped");
        assertThat(slight.assessment().slip()).isCloseTo(0.03 / 80.75, within(1e-9));
        assertThat(slight.reason().zh()).contains("差 0.03个百分点", "≈ 85%（80.75%起即达标）");
        assertThat(verdict(r, COVERAGE, "310104").status()).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void reasonsPrintTheDigitsThatDecide() {
        // 4.4996 per 1,000 falls short of 4.5: never "4.5 falls short of ≥ 4.5".
        shanghai("2020-Q4", new SnapshotYaml("2020-Q4").district("310101", "resident_population", 10 * POP, "childcare_places", 30000));
        shanghai("2025-Q4", new SnapshotYaml("2025-Q4").district("310101", "resident_population", 10 * POP, "childcare_places", 44996));
        Verdict v = verdict(fixture.evaluate("2025-Q4"), CHILDCARE, "310101");
        assertThat(v.status()).isEqualTo(Status.MISSED);
        assertThat(v.reason().zh()).contains("4.4996个/千人").doesNotContain("数据 4.5个");
        assertThat(v.assessment().band().min()).isEqualTo(4.5);
    }

    @Test
    void aboutTarget_reportsItsBand() {
        shanghai("2025-Q4", new SnapshotYaml("2025-Q4").district("310101", "community_services_15min_coverage", 81));
        Verdict v = verdict(fixture.evaluate("2025-Q4"), COVERAGE, "310101");
        assertThat(v.status()).isEqualTo(Status.MET);
        assertThat(v.assessment().band().min()).isCloseTo(80.75, within(1e-9));
        assertThat(v.assessment().band().max()).isNull();
    }

    @Test
    void cityTarget_isJudgedForTheCity_andEachDistrictAgainstTheCitysStandard() {
        shanghai("2020-Q4", new SnapshotYaml("2020-Q4").region("resident_population", 24_000_000, "childcare_places", 72_000)
                .district("310101", "resident_population", POP, "childcare_places", 3000));
        shanghai("2023-Q2", new SnapshotYaml("2023-Q2").region("resident_population", 24_000_000, "childcare_places", 100_800)
                .district("310101", "resident_population", POP, "childcare_places", 3500));
        Report r = fixture.evaluate("2023-Q2");
        Verdict city = verdict(r, CITY, "310000");
        assertThat(city.assessment().role()).isEqualTo(ScopeRole.TARGET);
        assertThat(city.assessment().latest().value()).isCloseTo(4.2, within(1e-9));
        assertThat(city.status()).isEqualTo(Status.ON_TRACK);
        Verdict district = verdict(r, CITY, "310101");
        assertThat(district.assessment().role()).isEqualTo(ScopeRole.DISTRICT_BENCHMARK);
        assertThat(district.status()).isEqualTo(Status.AT_RISK);
        assertThat(r.verdicts().stream().filter(v -> v.target().id().equals(CITY))).hasSize(17);
    }

    @Test
    void strictTargetWithItsBaselineOnTheBound_isJudgedByHowFarOff_notAnInternalError() {
        // 超过50% from 50 at the end of 2023: the path has no length. 49 is 2 % off, at risk; exactly 50 is
        // still not above 50.
        shanghai("2023-Q4", new SnapshotYaml("2023-Q4").region("service_retail_share", 50));
        shanghai("2025-Q4", new SnapshotYaml("2025-Q4").region("service_retail_share", 49));
        Verdict v = verdict(fixture.evaluate("2025-Q4"), "shsc-goals-service-retail-share-2027", "310000");
        assertThat(v.status()).isEqualTo(Status.AT_RISK);
        assertThat(v.assessment().slip()).isCloseTo(0.02, within(1e-9));
        shanghai("2025-Q4", new SnapshotYaml("2025-Q4").region("service_retail_share", 50));
        Verdict onTheBound = verdict(fixture.evaluate("2025-Q4"), "shsc-goals-service-retail-share-2027", "310000");
        assertThat(onTheBound.status()).isEqualTo(Status.AT_RISK);
        assertThat(onTheBound.reason().zh()).contains("目标界限本身不算达标");
    }

    @Test
    void paceRatioAndExpectedLevel_printTheDigitsThatDecide() {
        // 3.0 → 3.7122 by 2023-Q2 against 3.75 expected: R = 0.7122 / 0.75 = 0.9496, at risk, never "0.95".
        shanghai("2020-Q4", new SnapshotYaml("2020-Q4").district("310101", "resident_population", 10 * POP, "childcare_places", 30000));
        shanghai("2023-Q2", new SnapshotYaml("2023-Q2").district("310101", "resident_population", 10 * POP, "childcare_places", 37122));
        Verdict v = verdict(fixture.evaluate("2023-Q2"), CHILDCARE, "310101");
        assertThat(v.status()).isEqualTo(Status.AT_RISK);
        assertThat(v.reason().zh()).contains("进度比 0.9496", "3.71个/千人", "3.75个/千人");
        // A ceiling at 35.004 against 35 expected by 2023-Q2: the two never print alike.
        shanghai("2020-Q4", new SnapshotYaml("2020-Q4").region("pm25_concentration", 40));
        shanghai("2023-Q2", new SnapshotYaml("2023-Q2").region("pm25_concentration", 35.004));
        assertThat(verdict(fixture.evaluate("2023-Q2"), CEILING, "310000").reason().zh()).contains("35.004微克", "应有的 35微克");
    }

    @Test
    void aboutTarget_isProjectedAgainstItsBand() {
        // 70 at the end of 2020, then 73.0 … 77.2 quarterly to 2023-Q2 (R = 0.96). The last eight figures
        // rise 1.87 a year: 81.87 at the end of 2025, short of 85 but within what counts as met (80.75).
        SnapshotYaml first = new SnapshotYaml("2020-Q4").district("310101", "community_services_15min_coverage", 70);
        shanghai("2020-Q4", first);
        String[] periods = {"2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4", "2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4", "2023-Q1", "2023-Q2"};
        for (int i = 0; i < periods.length; i++) {
            double value = Math.round((73.0 + 4.2 * i / 9) * 1000) / 1000.0;
            shanghai(periods[i], new SnapshotYaml(periods[i]).district("310101", "community_services_15min_coverage", value));
        }
        Verdict v = verdict(fixture.evaluate("2023-Q2"), COVERAGE, "310101");
        assertThat(v.assessment().projection()).isBetween(80.75, 85.0);
        assertThat(v.status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void levelWithOnlyFiguresFromBeforeItsStart_hasNoBaseline() {
        shanghai("2022-Q2", new SnapshotYaml("2022-Q2").region("service_retail_share", 44));
        shanghai("2022-Q4", new SnapshotYaml("2022-Q4").region("service_retail_share", 45));
        Verdict v = verdict(fixture.evaluate("2024-Q1"), "shsc-goals-service-retail-share-2027", "310000");
        assertThat(v.status()).isEqualTo(Status.NO_DATA);
        assertThat(v.assessment().missing().what()).isEqualTo(Missing.Kind.BASELINE);
    }

    @Test
    void metLate_namesTheFirstQuarterThatMetIt() {
        shanghai("2020-Q4", new SnapshotYaml("2020-Q4").region("pm25_concentration", 40));
        shanghai("2025-Q4", new SnapshotYaml("2025-Q4").region("pm25_concentration", 31));
        shanghai("2026-Q1", new SnapshotYaml("2026-Q1").region("pm25_concentration", 29));
        shanghai("2026-Q3", new SnapshotYaml("2026-Q3").region("pm25_concentration", 28));
        assertThat(verdict(fixture.evaluate("2026-Q3"), CEILING, "310000").reason().zh()).contains("达标于2026-Q1，晚于期限");
    }

    @Test
    void districtBenchmark_informsButNeverFailsARun() {
        // The city meets 4.5 per 1,000; 黄浦区, judged against the city's standard, does not.
        shanghai("2020-Q4", new SnapshotYaml("2020-Q4").region("resident_population", 24_000_000, "childcare_places", 72_000)
                .district("310101", "resident_population", POP, "childcare_places", 3000));
        shanghai("2025-Q4", new SnapshotYaml("2025-Q4").region("resident_population", 24_000_000, "childcare_places", 110_000)
                .district("310101", "resident_population", POP, "childcare_places", 3500));
        Report r = fixture.evaluate("2025-Q4");
        assertThat(verdict(r, CITY, "310000").status()).isEqualTo(Status.MET);
        Verdict district = verdict(r, CITY, "310101");
        assertThat(district.status()).isEqualTo(Status.MISSED);
        assertThat(district.failsAt(Status.MISSED)).isFalse();
        assertThat(r.verdicts().stream().filter(v -> v.target().id().equals(CITY)).anyMatch(v -> v.failsAt(Status.AT_RISK))).isFalse();
    }
}
