package dabiao.engine;

import dabiao.validation.Loader;
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
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dabiao.Fixture.status;
import static dabiao.Fixture.verdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The methodology on small snapshots whose verdicts were worked out by hand. Every district has
 * 1,000,000 residents, so 3000 childcare places are 3.0 per 1,000. The childcare target asks for 4.5
 * by the end of 2025 from a 2020 baseline: the path runs from the end of 2020 (t = 2021.0) to the end
 * of 2025 (t = 2026.0), and at the end of 2023-Q2 (t = 2023.5) half the time has elapsed, so the
 * expected figure is 3.0 + (4.5 − 3.0) × 0.5 = 3.75.
 */
class MethodologyTest {

    static final String CHILDCARE = "sh23-15-childcare-per-1000";
    static final String COVERAGE = "sh23-1-community-services-15min";
    static final String RETAIL = "shsc-goals-service-retail-share-2027";
    static final int POP = 1_000_000;

    @TempDir
    Path dir;
    Fixture fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixture.in(dir);
        fixture.snapshot("shanghai/2020-Q4.yaml", new SnapshotYaml("2020-Q4")
                .district("310101", "resident_population", POP, "childcare_places", 3000)
                .district("310104", "resident_population", POP, "childcare_places", 3000)
                .district("310105", "resident_population", POP, "childcare_places", 3000)
                .district("310106", "resident_population", POP, "childcare_places", 3000)
                .district("310107", "resident_population", POP)
                .district("310110", "resident_population", POP, "childcare_places", 3000)
                .district("310112", "resident_population", POP, "childcare_places", 3000)
                .text());
        fixture.snapshot("shanghai/2023-Q2.yaml", new SnapshotYaml("2023-Q2")
                .district("310101", "resident_population", POP, "childcare_places", 3800)
                .district("310104", "resident_population", POP, "childcare_places", 3500)
                .district("310105", "resident_population", POP, "childcare_places", 3200)
                .district("310106", "resident_population", POP, "childcare_places", 4600)
                .district("310109", "resident_population", POP, "childcare_places", 3500)
                .district("310110", "resident_population", POP, "childcare_places", 3800)
                .district("310112", "resident_population", POP, "childcare_places", 2900)
                .text());
        // 杨浦区 rose fast to 3.73 by 2021-Q3, then crept up by 0.01 a quarter to 3.80 in 2023-Q2.
        String[] periods = {"2021-Q3", "2021-Q4", "2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4", "2023-Q1"};
        int[] places = {3730, 3740, 3750, 3760, 3770, 3780, 3790};
        for (int i = 0; i < periods.length; i++) {
            fixture.snapshot("shanghai/" + periods[i] + ".yaml", new SnapshotYaml(periods[i])
                    .district("310110", "resident_population", POP, "childcare_places", places[i]).text());
        }
    }

    @Test
    void districtAheadOfPace_isOnTrack() {
        // R = (3.8 − 3.0) / (3.75 − 3.0) = 1.0667 ≥ 0.95; two figures give no projection.
        Verdict v = verdict(fixture.evaluate("2023-Q2"), CHILDCARE, "310101");
        assertThat(v.status()).isEqualTo(Status.ON_TRACK);
        assertThat(v.assessment().expectedNow()).isCloseTo(3.75, within(1e-9));
        assertThat(v.assessment().paceRatio()).isCloseTo(0.8 / 0.75, within(1e-9));
        assertThat(v.assessment().projection()).isNull();
        assertThat(v.assessment().baseline().period()).isEqualTo(Period.parse("2020-Q4"));
        assertThat(v.rule()).isEqualTo("on track");
    }

    @Test
    void districtBehindPace_isAtRisk() {
        // R = 0.5 / 0.75 = 0.667: between 0.6 and 0.95.
        Verdict v = verdict(fixture.evaluate("2023-Q2"), CHILDCARE, "310104");
        assertThat(v.status()).isEqualTo(Status.AT_RISK);
        assertThat(v.assessment().paceRatio()).isCloseTo(0.6667, within(1e-4));
        assertThat(v.rule()).isEqualTo("behind pace");
        assertThat(v.reason().zh()).contains("进度偏慢", "3.5", "3.75", "0.67");
        assertThat(v.reason().en()).contains("Behind pace", "3.5", "3.75", "0.67");
    }

    @Test
    void districtFarBehindPace_isOffTrack() {
        // R = 0.2 / 0.75 = 0.267 < 0.6.
        assertThat(status(fixture.evaluate("2023-Q2"), CHILDCARE, "310105")).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void districtMovingAway_isOffTrack() {
        // 3.0 → 2.9: R = −0.1 / 0.75 < 0.
        Verdict v = verdict(fixture.evaluate("2023-Q2"), CHILDCARE, "310112");
        assertThat(v.status()).isEqualTo(Status.OFF_TRACK);
        assertThat(v.assessment().paceRatio()).isNegative();
    }

    @Test
    void districtAlreadyAtTarget_isMet() {
        Verdict v = verdict(fixture.evaluate("2023-Q2"), CHILDCARE, "310106");
        assertThat(v.status()).isEqualTo(Status.MET);
        assertThat(v.reason().zh()).contains("已达到目标", "4.6");
    }

    @Test
    void onPaceButStalling_isAtRiskByProjection() {
        // R = 1.0667, but the last eight figures (2021-Q3 … 2023-Q2) rise 0.04 a year: the line reaches
        // 3.80 + 0.04 × 2.5 = 3.90 at the end of 2025, short by 0.6 of the remaining 0.7 (86 % > 5 %).
        Verdict v = verdict(fixture.evaluate("2023-Q2"), CHILDCARE, "310110");
        assertThat(v.assessment().paceRatio()).isCloseTo(0.8 / 0.75, within(1e-9));
        assertThat(v.assessment().projection()).isCloseTo(3.90, within(1e-9));
        assertThat(v.assessment().projectionShortfall()).isCloseTo(0.6 / 0.7, within(1e-9));
        assertThat(v.status()).isEqualTo(Status.AT_RISK);
        assertThat(v.rule()).isEqualTo("on pace but projected short");
    }

    @Test
    void districtWithoutFigures_isNoDataNamingTheIndicator() {
        Verdict v = verdict(fixture.evaluate("2023-Q2"), CHILDCARE, "310107");
        assertThat(v.status()).isEqualTo(Status.NO_DATA);
        assertThat(v.assessment().missing()).isEqualTo(new Missing("childcare_places_per_1000", Missing.Kind.ANY, null));
        assertThat(v.reason().zh()).contains("每千人口3岁以下婴幼儿托位数");
        assertThat(v.reason().en()).contains("childcare places per 1,000 residents");
    }

    @Test
    void districtWithOnlyOneFigure_isNoDataAsProgressCannotBeJudged() {
        // 虹口区 first reports in 2023-Q2: that figure is both baseline and latest.
        Verdict v = verdict(fixture.evaluate("2023-Q2"), CHILDCARE, "310109");
        assertThat(v.status()).isEqualTo(Status.NO_DATA);
        assertThat(v.assessment().missing().what()).isEqualTo(Missing.Kind.AFTER_BASELINE);
    }

    @Test
    void deadlinePassedShortOfTarget_isMissed() {
        fixture.snapshot("shanghai/2025-Q4.yaml", new SnapshotYaml("2025-Q4")
                .district("310104", "resident_population", POP, "childcare_places", 4200).text());
        Report r = fixture.evaluate("2026-Q1");
        Verdict v = verdict(r, CHILDCARE, "310104");
        assertThat(v.status()).isEqualTo(Status.MISSED);
        assertThat(v.rule()).isEqualTo("missed");
        assertThat(v.assessment().latest().period()).isEqualTo(Period.parse("2025-Q4"));
        // 静安区 met the target in 2023-Q2 but reported nothing for the deadline: no data, never met.
        Verdict unreported = verdict(r, CHILDCARE, "310106");
        assertThat(unreported.status()).isEqualTo(Status.NO_DATA);
        assertThat(unreported.assessment().missing()).isEqualTo(
                new Missing("childcare_places_per_1000", Missing.Kind.AT_DEADLINE, Period.year(2025)));
    }

    @Test
    void atLeast_isMetExactlyAtTheValue() {
        fixture.snapshot("shanghai/2025-Q4.yaml", new SnapshotYaml("2025-Q4")
                .district("310105", "resident_population", POP, "childcare_places", 4500).text());
        assertThat(status(fixture.evaluate("2025-Q4"), CHILDCARE, "310105")).isEqualTo(Status.MET);
    }

    @Test
    void about_isMetFrom95PercentOfTheValue() {
        // 0.95 × 85 = 80.75.
        fixture.snapshot("shanghai/2025-Q4.yaml", new SnapshotYaml("2025-Q4")
                .district("310101", "community_services_15min_coverage", 80.75)
                .district("310104", "community_services_15min_coverage", 80.7).text());
        Report r = fixture.evaluate("2025-Q4");
        assertThat(status(r, COVERAGE, "310101")).isEqualTo(Status.MET);
        assertThat(status(r, COVERAGE, "310104")).isEqualTo(Status.MISSED);
    }

    @Test
    void above_isNotMetAtTheValueItself() {
        fixture.snapshot("shanghai/2023-Q4.yaml", new SnapshotYaml("2023-Q4").region("service_retail_share", 46.0).text());
        fixture.snapshot("shanghai/2027-Q4.yaml", new SnapshotYaml("2027-Q4").region("service_retail_share", 50.0).text());
        assertThat(status(fixture.evaluate("2027-Q4"), RETAIL, "310000")).isEqualTo(Status.MISSED);
        fixture.snapshot("shanghai/2027-Q4.yaml", new SnapshotYaml("2027-Q4").region("service_retail_share", 50.1).text());
        assertThat(status(fixture.evaluate("2027-Q4"), RETAIL, "310000")).isEqualTo(Status.MET);
    }

    @Test
    void regionTarget_usesThePlansStartingPeriodAsBaseline() {
        // Baseline 2023-Q4 = 46.0 (end of 2023, t = 2024.0) although 2022-Q4 is earlier; at 2025-Q4
        // (t = 2026.0) half of the way to the end of 2027 (t = 2028.0) has passed: expected 48.0,
        // R = (48.5 − 46) / (48 − 46) = 1.25.
        fixture.snapshot("shanghai/2022-Q4.yaml", new SnapshotYaml("2022-Q4").region("service_retail_share", 40.0).text());
        fixture.snapshot("shanghai/2023-Q4.yaml", new SnapshotYaml("2023-Q4").region("service_retail_share", 46.0).text());
        fixture.snapshot("shanghai/2025-Q4.yaml", new SnapshotYaml("2025-Q4").region("service_retail_share", 48.5).text());
        Verdict v = verdict(fixture.evaluate("2025-Q4"), RETAIL, "310000");
        assertThat(v.assessment().baseline().value()).isEqualTo(46.0);
        assertThat(v.assessment().expectedNow()).isCloseTo(48.0, within(1e-9));
        assertThat(v.assessment().paceRatio()).isCloseTo(1.25, within(1e-9));
        assertThat(v.status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void firstQuarterAfterBaseline_hasElapsedOneTwentieth() {
        // From the end of 2020 to the end of 2021-Q1 is a quarter of a year out of five: 0.05.
        fixture.snapshot("shanghai/2021-Q1.yaml", new SnapshotYaml("2021-Q1")
                .district("310101", "resident_population", POP, "childcare_places", 3100).text());
        Verdict v = verdict(fixture.evaluate("2021-Q1"), CHILDCARE, "310101");
        assertThat(v.assessment().expectedNow()).isCloseTo(3.0 + 1.5 * 0.05, within(1e-9));
        assertThat(v.assessment().paceRatio()).isCloseTo(0.1 / 0.075, within(1e-9));
    }

    @Test
    void asOf_ignoresLaterSnapshots() {
        fixture.snapshot("shanghai/2025-Q4.yaml", new SnapshotYaml("2025-Q4")
                .district("310104", "resident_population", POP, "childcare_places", 4200).text());
        Report r = fixture.evaluate("2023-Q2");
        Verdict v = verdict(r, CHILDCARE, "310104");
        assertThat(v.assessment().latest().period()).isEqualTo(Period.parse("2023-Q2"));
        assertThat(v.status()).isEqualTo(Status.AT_RISK);
        assertThat(r.asOf()).isEqualTo(Period.parse("2023-Q2"));
    }

    @Test
    void everyTargetAndScope_getsExactlyOneVerdictFromOneStatusRule() {
        Loader.Loaded in = fixture.load();
        RuleBase rules = RuleBase.load(fixture.rules(), in.catalog());
        List<String> fired = new ArrayList<>();
        List<Verdict> verdicts = new Evaluator(rules, in.catalog()).evaluate(in.data(), Period.parse("2023-Q2"),
                new DefaultAgendaEventListener() {
                    @Override
                    public void afterMatchFired(AfterMatchFiredEvent event) {
                        fired.add(event.getMatch().getRule().getName());
                    }
                });
        // 2 district targets × 16 districts; the region target starts at the end of 2023, after 2023-Q2.
        assertThat(verdicts).hasSize(32);
        assertThat(verdicts.stream().map(Verdict::key).distinct()).hasSize(32);
        List<String> statusRules = fired.stream().filter(n -> !n.equals("assess") && !n.startsWith("沪府") && !n.startsWith("上海")).toList();
        assertThat(statusRules).hasSize(32);
        assertThat(fired).contains("on track", "behind pace", "off track", "met", "no data", "on pace but projected short");
        assertThat(fired.stream().filter(n -> n.equals("沪府办发〔2022〕23号（十五）每千人口托位数"))).hasSize(16);
    }
}
