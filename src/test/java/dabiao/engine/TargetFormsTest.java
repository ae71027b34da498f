package dabiao.engine;

import dabiao.Fixture;
import dabiao.SnapshotYaml;
import dabiao.model.Missing;
import dabiao.model.Period;
import dabiao.model.Report;
import dabiao.model.Status;
import dabiao.model.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dabiao.Fixture.status;
import static dabiao.Fixture.verdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Each form of target the plans use (fixtures/forms-rules/forms.drl), on snapshots whose verdicts were
 * worked out by hand. Times are period ends in years: the end of 2020 is 2021.0.
 */
class TargetFormsTest {

    @TempDir
    Path dir;
    Fixture fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixture.in(dir, "rules", "forms-rules");
    }

    private void shanghai(String period, SnapshotYaml yaml) {
        fixture.snapshot("shanghai/" + period + ".yaml", yaml.text());
    }

    @Test
    void cumulative_startsFromZeroAtThePlansStart() {
        // Running total since the end of 2020: 4 by 2021-Q4, 8 by 2022-Q4. Baseline 0 at 2021.0 (no file
        // says so), latest 8 at 2023.0: elapsed 2/5, expected 20 × 0.4 = 8, R = 1. The three points
        // (0, 4, 8) rise 4 a year and reach 20 at 2026.0: no shortfall.
        shanghai("2021-Q4", new SnapshotYaml("2021-Q4").region("sports_parks_built", 4));
        shanghai("2022-Q4", new SnapshotYaml("2022-Q4").region("sports_parks_built", 8));
        Verdict v = verdict(fixture.evaluate("2022-Q4"), "form-cumulative-total", "310000");
        assertThat(v.assessment().baseline().value()).isZero();
        assertThat(v.assessment().baseline().source()).isNull();
        assertThat(v.assessment().expectedNow()).isCloseTo(8.0, within(1e-9));
        assertThat(v.assessment().paceRatio()).isCloseTo(1.0, within(1e-9));
        assertThat(v.assessment().projection()).isCloseTo(20.0, within(1e-9));
        assertThat(v.status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void floorInEveryDistrict_besideTheRegionTotal() {
        // 各区至少1个 beside 全市不少于20个: one verdict for the region, one per district.
        shanghai("2022-Q4", new SnapshotYaml("2022-Q4").region("sports_parks_built", 8)
                .district("310101", "sports_parks_built", 1)
                .district("310104", "sports_parks_built", 0));
        Report r = fixture.evaluate("2022-Q4");
        assertThat(r.verdicts().stream().filter(v -> v.target().id().equals("form-cumulative-total"))).hasSize(1);
        assertThat(r.verdicts().stream().filter(v -> v.target().id().equals("form-cumulative-per-district"))).hasSize(16);
        assertThat(status(r, "form-cumulative-per-district", "310101")).isEqualTo(Status.MET);
        // 徐汇区 built nothing in two of five years: R = 0.
        assertThat(status(r, "form-cumulative-per-district", "310104")).isEqualTo(Status.OFF_TRACK);
        assertThat(status(r, "form-cumulative-per-district", "310105")).isEqualTo(Status.NO_DATA);
    }

    @Test
    void yearlyQuota_isPacedWithinTheYear() {
        // 2024: year-to-date 150 in Q1, 400 in Q2. Baseline 0 at the end of 2023 (2024.0), deadline the end of
        // 2024 (2025.0): at 2024.5 half the year is gone, expected 400, R = 1. The line through (0, 150, 400)
        // rises 800 a year from a mean of 183.33 at 2024.25: 783.33 at 2025.0, short by 16.67 of the
        // remaining 400 (4.2 % ≤ 5 %): on track.
        shanghai("2023-Q4", new SnapshotYaml("2023-Q4").region("brand_first_stores_new", 820));
        shanghai("2024-Q1", new SnapshotYaml("2024-Q1").region("brand_first_stores_new", 150));
        shanghai("2024-Q2", new SnapshotYaml("2024-Q2").region("brand_first_stores_new", 400));
        Report r = fixture.evaluate("2024-Q2");
        Verdict v = verdict(r, "form-yearly", "310000", 2024);
        assertThat(v.assessment().deadline()).isEqualTo(Period.year(2024));
        assertThat(v.assessment().baseline().period()).isEqualTo(Period.year(2023));
        assertThat(v.assessment().expectedNow()).isCloseTo(400.0, within(1e-9));
        assertThat(v.assessment().paceRatio()).isCloseTo(1.0, within(1e-9));
        assertThat(v.assessment().projection()).isCloseTo(783.3333, within(1e-3));
        assertThat(v.status()).isEqualTo(Status.ON_TRACK);
        // The year before met its quota, 820 ≥ 800 by the end of 2023, and stays on the record.
        assertThat(verdict(r, "form-yearly", "310000", 2023).status()).isEqualTo(Status.MET);
        assertThat(Fixture.verdicts(r, "form-yearly", "310000")).hasSize(2);
    }

    @Test
    void yearlyQuota_withoutAFigureThisYear_isNoData() {
        shanghai("2023-Q4", new SnapshotYaml("2023-Q4").region("brand_first_stores_new", 820));
        shanghai("2024-Q1", new SnapshotYaml("2024-Q1").region("elderly_care_beds", 1));
        Verdict v = verdict(fixture.evaluate("2024-Q1"), "form-yearly", "310000", 2024);
        assertThat(v.status()).isEqualTo(Status.NO_DATA);
        assertThat(v.assessment().missing()).isEqualTo(new Missing("brand_first_stores_new", Missing.Kind.IN_YEAR, Period.year(2024)));
        assertThat(v.reason().zh()).contains("2024年");
    }

    @Test
    void yearlyQuota_afterItsLastYear_judgesEveryYearOnItsYearEnd() {
        // 2024 reported up to Q3 only: its year-end figure is missing, so that year is no data, never
        // judged on the Q3 count. 2025 fell short at year end; the 2026 count belongs to no quota year.
        shanghai("2023-Q4", new SnapshotYaml("2023-Q4").region("brand_first_stores_new", 805));
        shanghai("2024-Q3", new SnapshotYaml("2024-Q3").region("brand_first_stores_new", 790));
        shanghai("2025-Q4", new SnapshotYaml("2025-Q4").region("brand_first_stores_new", 760));
        shanghai("2026-Q2", new SnapshotYaml("2026-Q2").region("brand_first_stores_new", 500));
        Report r = fixture.evaluate("2026-Q2");
        assertThat(Fixture.verdicts(r, "form-yearly", "310000")).extracting(Verdict::year).containsExactly(2023, 2024, 2025);
        assertThat(verdict(r, "form-yearly", "310000", 2023).status()).isEqualTo(Status.MET);
        Verdict unreported = verdict(r, "form-yearly", "310000", 2024);
        assertThat(unreported.status()).isEqualTo(Status.NO_DATA);
        assertThat(unreported.assessment().missing().what()).isEqualTo(Missing.Kind.AT_DEADLINE);
        Verdict last = verdict(r, "form-yearly", "310000", 2025);
        assertThat(last.assessment().deadline()).isEqualTo(Period.year(2025));
        assertThat(last.assessment().latest().value()).isEqualTo(760.0);
        assertThat(last.assessment().sinceDeadline()).isNull();
        assertThat(last.status()).isEqualTo(Status.MISSED);
    }

    @Test
    void yearlyQuota_aShortPastYearStaysOnTheRecord_andTheNextYearStartsAfresh() {
        // 2023: 720 < 800, missed. 2024: 830, met. As of 2025-Q1 the first quarter's 150 of 800 is paced
        // within 2025: a quarter of the year gone, expected 200, R = 0.75, behind pace.
        shanghai("2023-Q4", new SnapshotYaml("2023-Q4").region("brand_first_stores_new", 720));
        shanghai("2024-Q4", new SnapshotYaml("2024-Q4").region("brand_first_stores_new", 830));
        shanghai("2025-Q1", new SnapshotYaml("2025-Q1").region("brand_first_stores_new", 150));
        Report r = fixture.evaluate("2025-Q1");
        assertThat(verdict(r, "form-yearly", "310000", 2023).status()).isEqualTo(Status.MISSED);
        assertThat(verdict(r, "form-yearly", "310000", 2024).status()).isEqualTo(Status.MET);
        Verdict now = verdict(r, "form-yearly", "310000", 2025);
        assertThat(now.assessment().expectedNow()).isCloseTo(200.0, within(1e-9));
        assertThat(now.assessment().paceRatio()).isCloseTo(0.75, within(1e-9));
        assertThat(now.status()).isEqualTo(Status.AT_RISK);
        // Before its first year a quota has no verdict at all.
        assertThat(Fixture.verdicts(fixture.evaluate("2022-Q4"), "form-yearly", "310000")).isEmpty();
    }

    @Test
    void increase_overTheStartingStock() {
        // 150000 beds at the end of 2020; 新增15000 requires 165000 by the end of 2023. At the end of 2022
        // two of three years are gone: expected 160000, and 160000 gives R = 1.
        shanghai("2020-Q4", new SnapshotYaml("2020-Q4").region("elderly_care_beds", 150000));
        shanghai("2022-Q4", new SnapshotYaml("2022-Q4").region("elderly_care_beds", 160000));
        Verdict v = verdict(fixture.evaluate("2022-Q4"), "form-increase", "310000");
        assertThat(v.assessment().required()).isEqualTo(165000.0);
        assertThat(v.assessment().expectedNow()).isCloseTo(160000.0, within(1e-6));
        assertThat(v.status()).isEqualTo(Status.ON_TRACK);
        shanghai("2023-Q4", new SnapshotYaml("2023-Q4").region("elderly_care_beds", 164000));
        assertThat(status(fixture.evaluate("2023-Q4"), "form-increase", "310000")).isEqualTo(Status.MISSED);
        shanghai("2023-Q4", new SnapshotYaml("2023-Q4").region("elderly_care_beds", 165000));
        assertThat(status(fixture.evaluate("2023-Q4"), "form-increase", "310000")).isEqualTo(Status.MET);
    }

    @Test
    void shareOfDistricts_isJudgedFromEachDistrictsOwnFigure() {
        // Yangzhou's 6 counties (the functional zone 321071, last, is not counted): 2 meet the standard at
        // the end of 2021 (33.33 %), 4 at the end of 2023 (66.67 %). Baseline 2021-Q4 (the plan's start),
        // elapsed (2024 − 2022) / (2026 − 2022) = 0.5, expected 33.33 + (70 − 33.33) × 0.5 = 51.67,
        // R = 33.33 / 18.33 = 1.82. Five of six (83.33 %) meet 70 %.
        yangzhou("2021-Q4", 1, 1, 0, 0, 0, 0, 1);
        yangzhou("2023-Q4", 1, 1, 1, 1, 0, 0, 1);
        Verdict v = verdict(fixture.evaluate("2023-Q4"), "form-share", "321000");
        assertThat(v.assessment().baseline().value()).isCloseTo(200.0 / 6, within(1e-9));
        assertThat(v.assessment().latest().value()).isCloseTo(400.0 / 6, within(1e-9));
        assertThat(v.assessment().paceRatio()).isCloseTo((200.0 / 6) / ((70 - 200.0 / 6) / 2), within(1e-9));
        assertThat(v.status()).isEqualTo(Status.ON_TRACK);
        yangzhou("2025-Q4", 1, 1, 1, 1, 1, 0, 0);
        assertThat(status(fixture.evaluate("2025-Q4"), "form-share", "321000")).isEqualTo(Status.MET);
    }

    @Test
    void shareOfDistricts_needsEveryDistrictsFigure() {
        yangzhou("2021-Q4", 1, 1, 0, 0, 0, 0, 0);
        fixture.snapshot("yangzhou/2023-Q4.yaml", new SnapshotYaml("321000", "扬州市", "2023-Q4")
                .district("321002", "quality_balanced_compulsory_education", 1).text());
        Verdict v = verdict(fixture.evaluate("2023-Q4"), "form-share", "321000");
        assertThat(v.assessment().latest().period()).isEqualTo(Period.parse("2021-Q4"));
        assertThat(v.status()).isEqualTo(Status.NO_DATA);
    }

    private void yangzhou(String period, int... flags) {
        String[] codes = {"321002", "321003", "321012", "321023", "321081", "321084", "321071"};
        SnapshotYaml yaml = new SnapshotYaml("321000", "扬州市", period);
        for (int i = 0; i < codes.length; i++) {
            yaml.district(codes[i], "quality_balanced_compulsory_education", flags[i]);
        }
        fixture.snapshot("yangzhou/" + period + ".yaml", yaml.text());
    }

    @Test
    void ceiling_fallsTowardsTheValue() {
        // At most 30 from 40 at the end of 2020: halfway (2023-Q2) expected 35; 35 gives R = 1.
        shanghai("2020-Q4", new SnapshotYaml("2020-Q4").region("pm25_concentration", 40));
        shanghai("2023-Q2", new SnapshotYaml("2023-Q2").region("pm25_concentration", 35));
        Verdict v = verdict(fixture.evaluate("2023-Q2"), "form-ceiling", "310000");
        assertThat(v.assessment().expectedNow()).isCloseTo(35.0, within(1e-9));
        assertThat(v.assessment().paceRatio()).isCloseTo(1.0, within(1e-9));
        assertThat(v.status()).isEqualTo(Status.ON_TRACK);
        shanghai("2023-Q2", new SnapshotYaml("2023-Q2").region("pm25_concentration", 41));
        assertThat(status(fixture.evaluate("2023-Q2"), "form-ceiling", "310000")).isEqualTo(Status.OFF_TRACK);
        shanghai("2025-Q4", new SnapshotYaml("2025-Q4").region("pm25_concentration", 31));
        assertThat(status(fixture.evaluate("2025-Q4"), "form-ceiling", "310000")).isEqualTo(Status.MISSED);
        shanghai("2025-Q4", new SnapshotYaml("2025-Q4").region("pm25_concentration", 30));
        assertThat(status(fixture.evaluate("2025-Q4"), "form-ceiling", "310000")).isEqualTo(Status.MET);
    }

    @Test
    void twoDeadlinesForOneIndicator_areTwoTargets() {
        // 46 at the end of 2023 and 48.5 at the end of 2025. By 2027 (> 50): expected 48, R = 1.25.
        // By 2035 (> 60): elapsed 2 of 12 years, expected 46 + 14/6 = 48.33, R = 2.5 / 2.33 = 1.07.
        shanghai("2023-Q4", new SnapshotYaml("2023-Q4").region("service_retail_share", 46));
        shanghai("2025-Q4", new SnapshotYaml("2025-Q4").region("service_retail_share", 48.5));
        Report r = fixture.evaluate("2025-Q4");
        Verdict by2027 = verdict(r, "shsc-goals-service-retail-share-2027", "310000");
        Verdict by2035 = verdict(r, "form-retail-2035", "310000");
        assertThat(by2027.assessment().expectedNow()).isCloseTo(48.0, within(1e-9));
        assertThat(by2035.assessment().expectedNow()).isCloseTo(46 + 14.0 / 6, within(1e-9));
        assertThat(by2035.assessment().paceRatio()).isCloseTo(2.5 / (14.0 / 6), within(1e-9));
        assertThat(by2027.status()).isEqualTo(Status.ON_TRACK);
        assertThat(by2035.status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void perTenThousand_isDerivedFromTheCountAndTheLatestPopulation() {
        // 1000 lawyers in 1,000,000 residents are 10 per 10,000. In 2023-Q4 the population is not reported
        // again: the 2020-Q4 figure is used, and 1250 lawyers are 12.5 per 10,000 ≥ 12.
        shanghai("2020-Q4", new SnapshotYaml("2020-Q4").region("resident_population", 1000000, "lawyers", 1000));
        shanghai("2023-Q4", new SnapshotYaml("2023-Q4").region("lawyers", 1250));
        Verdict v = verdict(fixture.evaluate("2023-Q4"), "form-per-10000", "310000");
        assertThat(v.assessment().baseline().value()).isCloseTo(10.0, within(1e-9));
        assertThat(v.assessment().latest().value()).isCloseTo(12.5, within(1e-9));
        assertThat(v.status()).isEqualTo(Status.MET);
    }
}
