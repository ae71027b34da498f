package dabiao.bundled;

import dabiao.validation.Loader;
import dabiao.engine.Coverage;
import dabiao.engine.Evaluator;
import dabiao.engine.RuleBase;
import dabiao.data.Divisions;
import dabiao.model.Period;
import dabiao.model.Report;
import dabiao.model.Scope;
import dabiao.model.Status;
import dabiao.model.Target;
import dabiao.model.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled rules and snapshots (rules/, indicators/) as a user gets them. */
class BundledDataTest {

    static Loader.Loaded in;
    static RuleBase rules;
    static Map<Target, List<Scope>> coverage;

    @BeforeAll
    static void load() {
        in = Loader.load(List.of(Path.of("indicators")), Divisions.bundled());
        rules = RuleBase.load(Path.of("rules"), in.catalog());
        coverage = Coverage.of(rules, Divisions.bundled().all());
    }

    @Test
    void everyIndicatorTheRuleFilesName_isInTheCatalog_readFromTheFilesThemselves() throws IOException {
        // Read from the text, not through RuleBase (which refuses an unknown indicator and so could never
        // show one here): this fails if that check ever stops working, or a rule file escapes it.
        Pattern indicator = Pattern.compile("@indicator\\(\"([^\"]+)\"\\)");
        List<String> named = new java.util.ArrayList<>();
        try (var files = Files.walk(Path.of("rules"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                indicator.matcher(Files.readString(f)).results().forEach(m -> named.add(m.group(1)));
            }
        }
        assertThat(named).hasSameSizeAs(rules.targets());
        assertThat(named).allSatisfy(code -> assertThat(in.catalog().contains(code)).as(code).isTrue());
    }

    @Test
    void everyTarget_appliesToSomeScope() {
        coverage.forEach((t, scopes) -> assertThat(scopes).as(t.id()).isNotEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-Q4", "2026-Q3"})
    void everyStatusOccurs(String asOf) {
        Report r = evaluate(asOf);
        Set<Status> seen = r.verdicts().stream().map(Verdict::status).collect(Collectors.toCollection(() -> EnumSet.noneOf(Status.class)));
        assertThat(seen).containsExactlyInAnyOrder(Status.values());
    }

    @ParameterizedTest
    @ValueSource(strings = {"沪府办发〔2022〕23号", "扬府办发〔2022〕80号", "上海市促进服务消费提质扩容实施方案", "上海服务"})
    void everyTargetOfEachDocument_hasAVerdictOnEveryScopeItAppliesTo(String document) {
        List<Target> ofDocument = rules.targets().stream().filter(t -> t.provenance().document().contains(document)).toList();
        assertThat(ofDocument).isNotEmpty();
        for (String asOf : List.of("2024-Q4", "2026-Q3")) {
            Report r = evaluate(asOf);
            for (Target t : ofDocument) {
                Set<String> judged = r.verdicts().stream().filter(v -> v.target().id().equals(t.id()))
                        .map(v -> v.scope().code()).collect(Collectors.toSet());
                Set<String> expected = coverage.get(t).stream().map(Scope::code).collect(Collectors.toSet());
                assertThat(judged).as(t.id() + " as of " + asOf).isEqualTo(expected);
            }
        }
    }

    @Test
    void productCardTargets_judgeEveryShanghaiDistrictWithEvidence() {
        Report r = evaluate("2024-Q4");
        for (String id : List.of("sh23-15-childcare-per-1000", "sh23-1-community-services-15min")) {
            List<Verdict> vs = r.verdicts().stream().filter(v -> v.target().id().equals(id)).toList();
            // The city's own verdict (全市), then each district against the city's standard.
            assertThat(vs).hasSize(17).allSatisfy(v -> assertThat(v.status()).isNotEqualTo(Status.NO_DATA));
            assertThat(vs.get(0).scope().code()).isEqualTo("310000");
            assertThat(vs.get(0).assessment().role()).isEqualTo(dabiao.model.ScopeRole.TARGET);
            assertThat(vs.subList(1, 17)).allSatisfy(v ->
                    assertThat(v.assessment().role()).isEqualTo(dabiao.model.ScopeRole.DISTRICT_BENCHMARK));
        }
        assertThat(r.verdicts()).anySatisfy(v -> {
            assertThat(v.target().id()).isEqualTo("shsc-goals-service-retail-share-2027");
            assertThat(v.scope().code()).isEqualTo("310000");
        });
    }

    private static Report evaluate(String asOf) {
        return new Evaluator(rules, in.catalog()).report(in.data(), Period.parse(asOf));
    }

    /**
     * 12个试点智慧商圈 as of 2023-Q2: (10 − 8) / (11.333… − 8) is a pace ratio of exactly 0.6, which the
     * doubles give as 0.5999999999999999. It is at risk (0.6 ≤ R < 0.95), as its printed "0.6" says.
     */
    @Test
    void aPaceRatioOfExactlySixTenths_isAtRisk() {
        Report report = evaluate("2023-Q2");
        Verdict v = report.verdicts().stream()
                .filter(x -> x.target().id().equals("shfw-2-2-6-smart-business-districts")).findFirst().orElseThrow();
        assertThat(v.assessment().paceRatio()).isCloseTo(0.6, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(v.status()).isEqualTo(Status.AT_RISK);
        assertThat(v.reason().zh()).contains("进度比 0.6）").doesNotContain("严重");
    }
}
