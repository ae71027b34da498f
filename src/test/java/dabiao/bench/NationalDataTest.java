package dabiao.bench;

import dabiao.validation.Loader;
import dabiao.engine.Evaluator;
import dabiao.engine.RuleBase;
import dabiao.data.Divisions;
import dabiao.model.Period;
import dabiao.model.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A smoke run of the benchmark's generator at a tiny size; timings belong to the benchmark, not here. */
class NationalDataTest {

    @Test
    void tinyNationalDataSet_isValidDeterministicAndEvaluatedWithTheFullRuleBase(@TempDir Path a, @TempDir Path b)
            throws IOException {
        new NationalData(2, 5, 3, 42).write(a, Path.of("indicators/catalog.yaml"), Path.of("rules"));
        new NationalData(2, 5, 3, 42).write(b, Path.of("indicators/catalog.yaml"), Path.of("rules"));
        Path file = Path.of("110000", "2026-Q1.yaml");
        assertThat(Files.readString(a.resolve("indicators").resolve(file)))
                .isEqualTo(Files.readString(b.resolve("indicators").resolve(file)));

        Divisions divisions = Divisions.read(a.resolve("divisions.csv"));
        assertThat(divisions.districtsOf("110000")).hasSize(3);
        assertThat(divisions.districtsOf("120000")).hasSize(2);
        Loader.Loaded in = Loader.load(List.of(a.resolve("indicators")), divisions);
        RuleBase rules = RuleBase.load(a.resolve("rules"), in.catalog());
        List<Verdict> verdicts = new Evaluator(rules, in.catalog()).evaluate(in.data(), Period.parse("2026-Q3"));
        long regionTargets = rules.targets().stream().filter(t -> verdicts.stream()
                .anyMatch(v -> v.target() == t && !v.scope().district())).count();
        assertThat(regionTargets).isGreaterThan(50);
        // A city target: each region's own verdict, and a benchmark verdict per district.
        assertThat(verdicts.stream().filter(v -> v.target().id().equals("sh23-15-childcare-per-1000"))).hasSize(7);
    }

    @Test
    void withStreetsAndCommunities_theStreetTargetJudgesEveryStreet_andTheCsvAndParquetTablesGiveTheSameVerdicts(
            @TempDir Path yaml, @TempDir Path table) throws IOException {
        NationalData data = new NationalData(2, 5, 15, 150, 4, 7);
        data.write(yaml, Path.of("indicators/catalog.yaml"), Path.of("rules"));
        data.writeTable(table, Path.of("indicators/catalog.yaml"), Path.of("rules"), table.resolve("figures.csv"));
        Divisions divisions = Divisions.read(yaml.resolve("divisions.csv"));
        assertThat(divisions.unitsOf("110000")).hasSize(9 + 90); // three districts of three streets of ten

        Loader.Loaded in = Loader.load(List.of(yaml.resolve("indicators")), divisions);
        RuleBase rules = RuleBase.load(yaml.resolve("rules"), in.catalog());
        List<Verdict> verdicts = new Evaluator(rules, in.catalog()).evaluate(in.data(), Period.parse("2026-Q3"));
        List<Verdict> streets = verdicts.stream().filter(v -> v.target().id().equals("example-street-children-homes")).toList();
        assertThat(streets).hasSize(15).allSatisfy(v -> assertThat(v.assessment().missing()).isNull());

        for (String name : List.of("figures.csv", "figures.parquet")) {
            if (name.endsWith(".parquet")) {
                data.writeTable(table, Path.of("indicators/catalog.yaml"), Path.of("rules"), table.resolve(name));
            }
            Loader.Loaded fromTable = Loader.load(in.catalog(), List.of(), List.of(table.resolve(name)), divisions);
            List<Verdict> again = new Evaluator(rules, in.catalog()).evaluate(fromTable.data(), Period.parse("2026-Q3"));
            assertThat(again).as(name)
                    .extracting(v -> v.target().id() + " " + v.scope().code() + " " + v.year() + " " + v.status())
                    .containsExactlyElementsOf(verdicts.stream()
                            .map(v -> v.target().id() + " " + v.scope().code() + " " + v.year() + " " + v.status()).toList());
        }
    }
}
