package dabiao.data;

import dabiao.Fixture;
import dabiao.SnapshotYaml;
import dabiao.diagnostics.InputException;
import dabiao.engine.Coverage;
import dabiao.engine.RuleBase;
import dabiao.model.Lang;
import dabiao.model.Period;
import dabiao.model.Point;
import dabiao.model.Report;
import dabiao.model.Scope;
import dabiao.model.ScopeLevel;
import dabiao.model.ScopeRole;
import dabiao.model.Status;
import dabiao.model.Verdict;
import dabiao.validation.Loader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Units below the district: the bundled divisions list 黄浦区's ten streets and their committees; each
 * committee reports a flag, and the share of committees having it is computed for each street, the
 * district and the city, and judged by a street-level target.
 */
class UnitsBelowDistrictsTest {

    static final String STREET = "310101002";      // 南京东路街道, five committees
    static final String OTHER_STREET = "310101013"; // 外滩街道, five committees
    static final String THIRD_STREET = "310101015"; // 半淞园路街道

    @TempDir
    Path dir;
    Fixture fixture;
    List<Scope> communities;

    @BeforeEach
    void setUp() {
        fixture = Fixture.in(dir, "rules", "unit-rules");
        communities = Divisions.bundled().unitsOf("310000").stream()
                .filter(s -> s.level() == ScopeLevel.COMMUNITY).toList();
    }

    /** Every committee reports 1 but those {@code without} (0) and those {@code silent} (no figure). */
    private void report(String period, Predicate<Scope> without, Predicate<Scope> silent) {
        SnapshotYaml yaml = new SnapshotYaml(period);
        for (Scope c : communities) {
            if (!silent.test(c)) {
                yaml.unit(c.code(), "children_home_set_up", without.test(c) ? 0 : 1);
            }
        }
        fixture.snapshot("shanghai/" + period + ".yaml", yaml.text());
    }

    private static Predicate<Scope> first(int n, String street) {
        return c -> c.parent().equals(street) && Integer.parseInt(c.code().substring(9)) <= n;
    }

    private List<Point> share(DataSet data, String scope) {
        return data.series(scope, "children_home_unit_share");
    }

    @Test
    void divisions_placeEachUnitBelowTheUnitItsCodeNames() {
        Divisions d = Divisions.bundled();
        assertThat(d.find(STREET)).get().satisfies(s -> {
            assertThat(s.level()).isEqualTo(ScopeLevel.STREET);
            assertThat(s.parent()).isEqualTo("310101");
            assertThat(s.region()).isEqualTo("310000");
        });
        assertThat(d.find(STREET + "001")).get().extracting(Scope::parent, Scope::level)
                .containsExactly(STREET, ScopeLevel.COMMUNITY);
        assertThat(d.unitsOf("310000").stream().filter(s -> s.level() == ScopeLevel.STREET)).hasSize(10);
        assertThat(communities).hasSize(54);
        assertThat(d.districtsOf("310000")).hasSize(16).allSatisfy(s -> assertThat(s.district()).isTrue());
    }

    @Test
    void divisions_refuseAUnitBeforeTheUnitItLiesIn_namingTheLine() throws Exception {
        Path file = Files.writeString(dir.resolve("divisions.csv"), "region_code,region,code,name\n"
                + "310000,上海市,310101,黄浦区\n"
                + "310000,上海市,310101002001,南京东路第一居委会\n");
        assertThatThrownBy(() -> Divisions.read(file)).isInstanceOfSatisfying(InputException.class, e ->
                assertThat(e.problems().get(0).render(Lang.ZH))
                        .contains("divisions.csv:3:", "310101002001", "310101002"));
    }

    @Test
    void shareOfCommittees_isComputedForEachStreet_theDistrict_andTheCity() {
        // Two of 南京东路's five committees and one of 外滩's lack a children's home: 60 %, 80 %, and
        // 51 of 54 for 黄浦区. The city has no share: the divisions list the committees of 黄浦区 only, and
        // 54 committees of one district are not the city's.
        report("2024-Q4", first(2, STREET).or(first(1, OTHER_STREET)), c -> false);
        DataSet data = fixture.load().data();
        assertThat(share(data, STREET)).singleElement().satisfies(p -> assertThat(p.value()).isCloseTo(60, within(1e-9)));
        assertThat(share(data, OTHER_STREET)).singleElement().satisfies(p -> assertThat(p.value()).isCloseTo(80, within(1e-9)));
        assertThat(share(data, THIRD_STREET)).singleElement().satisfies(p -> assertThat(p.value()).isCloseTo(100, within(1e-9)));
        assertThat(share(data, "310101")).singleElement().satisfies(p -> assertThat(p.value()).isCloseTo(100.0 * 51 / 54, within(1e-9)));
        assertThat(share(data, "310000")).isEmpty();
        assertThat(share(data, "310104")).isEmpty();
    }

    @Test
    void aCommitteeThatDoesNotReport_leavesItsStreetAndEverythingAboveWithoutAShare() {
        report("2024-Q4", c -> false, c -> false);
        report("2025-Q4", c -> false, first(1, THIRD_STREET));
        DataSet data = fixture.load().data();
        assertThat(share(data, THIRD_STREET)).extracting(Point::period).containsExactly(Period.parse("2024-Q4"));
        assertThat(share(data, "310101")).extracting(Point::period).containsExactly(Period.parse("2024-Q4"));
        assertThat(share(data, STREET)).extracting(Point::period)
                .containsExactly(Period.parse("2024-Q4"), Period.parse("2025-Q4"));
        // Said once, of the street, not again of 黄浦区 and the city, whose figure it also takes away; a street
        // none of whose committees report is said too (0 of 5 is a gap like 4 of 5).
        assertThat(fixture.load().warnings()).extracting(p -> p.render(Lang.ZH).replace(dir + "/", ""))
                .containsExactly("indicators/shanghai/2025-Q4.yaml:3:9: 警告: 2024-Q4 填报过的 1 个街镇或社区本期没有列出"
                        + "（第一个：310101015001 半淞园路第一居委会（示例））；请列出它们，不知道的数字留空",
                        "indicators/shanghai/2025-Q4.yaml: 警告: 2025-Q4：310101015 半淞园路街道 所辖 4 个单位中有 1 个"
                        + "没有填报 children_home_set_up（第一个：310101015001 半淞园路第一居委会（示例）），"
                        + "该期不计算它及其上级的 children_home_unit_share");
    }

    @Test
    void divisionsWithoutUnits_leaveAFilesUnitsOut_sayingSoOnce() throws Exception {
        report("2024-Q4", c -> false, c -> false);
        Path countyLevel = Files.writeString(dir.resolve("districts.csv"), "region_code,region,code,name\n"
                + "310000,上海市,310101,黄浦区\n");
        Loader.Loaded in = Loader.load(List.of(fixture.indicators()), Divisions.read(countyLevel));
        assertThat(in.warnings()).extracting(p -> p.render(Lang.ZH)).singleElement().asString()
                .contains("2024-Q4.yaml:5:11:", "54 个街镇或社区单位", "--divisions");
        assertThat(in.data().series(STREET, "children_home_unit_share")).isEmpty();
    }

    @Test
    void committeesListedLastQuarterAndMissingNow_areWarnedOfOnce() {
        report("2025-Q3", c -> false, c -> false);
        report("2025-Q4", c -> false, c -> c.parent().equals(OTHER_STREET));
        assertThat(fixture.load().warnings()).extracting(p -> p.render(Lang.ZH))
                .anySatisfy(w -> assertThat(w).contains("2025-Q4.yaml:3:", "2025-Q3 填报过的 5 个街镇或社区本期没有列出",
                        "310101013001 外滩第一居委会（示例）"));
    }

    @Test
    void aStreetWhoseCommitteesAllFailToReport_isWarnedOfToo() {
        report("2024-Q4", c -> false, c -> c.parent().equals(OTHER_STREET));
        assertThat(fixture.load().warnings()).extracting(p -> p.render(Lang.ZH))
                .singleElement().asString().contains("310101013 外滩街道 所辖 5 个单位中有 5 个没有填报");
        assertThat(share(fixture.load().data(), "310101")).isEmpty();
    }

    @Test
    void aStreetTarget_judgesEachStreet_andACityRule_passesOverTheUnits() {
        report("2024-Q4", first(2, STREET), c -> false);
        report("2025-Q4", first(2, STREET), c -> false);
        Report r = fixture.evaluate("2025-Q4");
        List<Verdict> streets = r.verdicts().stream().filter(v -> v.target().id().equals("units-street")).toList();
        assertThat(streets).hasSize(10).allSatisfy(v -> assertThat(v.scope().level()).isEqualTo(ScopeLevel.STREET));
        // 60 % at the baseline and a year later: a quarter of the way to the 2027 deadline with no progress.
        assertThat(Fixture.status(r, "units-street", STREET)).isEqualTo(Status.OFF_TRACK);
        assertThat(Fixture.status(r, "units-street", OTHER_STREET)).isEqualTo(Status.MET);
        List<Verdict> city = r.verdicts().stream().filter(v -> v.target().id().equals("units-city")).toList();
        assertThat(city).hasSize(17).noneMatch(v -> v.scope().level().unit());
        assertThat(Fixture.verdict(r, "units-city", "310000").assessment().role()).isEqualTo(ScopeRole.TARGET);
        // The city's share would count 黄浦区's committees only: no figure, so no data; 黄浦区's 52 of 54 meet 90 %.
        assertThat(Fixture.status(r, "units-city", "310000")).isEqualTo(Status.NO_DATA);
        assertThat(Fixture.status(r, "units-city", "310101")).isEqualTo(Status.MET);
        // Rules written before there were units: without @level, or selecting districts by code, they judge
        // what they judged before and pass over every street and committee.
        assertThat(r.verdicts().stream().filter(v -> v.target().id().equals("units-unnamed"))).hasSize(17)
                .noneMatch(v -> v.scope().level().unit());
        assertThat(r.verdicts().stream().filter(v -> v.target().id().equals("units-districts-by-code"))).hasSize(16)
                .allMatch(v -> v.scope().district());
    }

    @Test
    void aStreetTargetThatMatchesDistricts_isAFaultOfItsRule() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("bad-rules"));
        Files.writeString(rules.resolve("bad.drl"), Files.readString(fixture.rules().resolve("units.drl"))
                .replace("Scope(region == \"310000\", level == ScopeLevel.STREET)", "Scope(region == \"310000\", district)"));
        RuleBase base = RuleBase.load(rules, fixture.load().catalog());
        assertThatThrownBy(() -> Coverage.of(base, Divisions.bundled().all()))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.render(Lang.ZH)).first().asString()
                        .contains("@level(\"street\")", "区县一级的范围 310101 黄浦区", "level == ScopeLevel.STREET"));
    }

    @Test
    void snapshotUnits_areCheckedAgainstTheDivisions_andTheIndicatorsLevel() {
        fixture.snapshot("shanghai/2024-Q4.yaml", new SnapshotYaml("2024-Q4")
                .unit(STREET + "099", "children_home_set_up", 1)
                .unit(STREET + "001", "resident_population", 3000)
                .unit(STREET + "002", "children_home_set_up", 1)
                .district("310101", "children_home_set_up", 1)
                .text());
        assertThatThrownBy(() -> fixture.load()).isInstanceOfSatisfying(InputException.class, e ->
                assertThat(e.problems()).extracting(p -> p.render(Lang.ZH).replace(dir + "/", "")).containsExactly(
                        "indicators/shanghai/2024-Q4.yaml:8:29: children_home_set_up（居(村)委是否设立儿童之家）只由各社区、村填报，"
                                + "310101 黄浦区 不填报它（它们的占比由 dabiao 计算）",
                        "indicators/shanghai/2024-Q4.yaml:10:11: 单位代码 \"310101002099\" 不是区划中 上海市 的街道、镇、社区或村；"
                                + "区县以下的单位从 --divisions 指定的区划文件读取（9 位和 12 位统计用区划代码）",
                        "indicators/shanghai/2024-Q4.yaml:15:28: resident_population（常住人口）只填报到区县一级，"
                                + "不填报到 310101002001 南京东路第一居委会（示例）"));
    }
}
