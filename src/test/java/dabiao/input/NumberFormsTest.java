package dabiao.input;

import dabiao.validation.SnapshotValidator;

import dabiao.data.Divisions;
import dabiao.diagnostics.Problem;
import dabiao.diagnostics.Severity;

import dabiao.Fixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How each way of writing a number in YAML is taken, unquoted as a YAML 1.1 parser sees it. SnakeYAML
 * (through Jackson) reads 02470 as the octal 1336, 0x9B0 as 2480, 0b101 as 5 and 1_000 as 1000, and
 * leaves 0o17 and 09 as text; a statistician never means another base, so those are refused.
 */
class NumberFormsTest {

    static final SnapshotValidator VALIDATOR = new SnapshotValidator(
            CatalogReader.read(Fixture.resource("fixtures/catalog.yaml"), "catalog.yaml"), Divisions.bundled());

    private static SnapshotValidator.Result figure(String typed) {
        String text = """
                schema: dabiao/indicators/v1
                region: {code: "310000", name: 上海市}
                period: 2025-Q2
                values:
                  elderly_care_beds: %s
                """.formatted(typed);
        return VALIDATOR.validate(text, Path.of("2025-Q2.yaml"), "2025-Q2.yaml");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "0      | 0",
            "0.5    | 0.5",
            "0.25   | 0.25",
            "0.0    | 0",
            "+12    | 12",
            ".5     | 0.5",
            "2480.  | 2480",
            "1e3    | 1000",
            "1.5E3  | 1500",
            "-0     | 0",
    })
    void decimalForms_areTheNumberYamlReads_withoutANote(String typed, double value) {
        SnapshotValidator.Result r = figure(typed);
        assertThat(r.problems()).isEmpty();
        assertThat(r.snapshot().observations()).extracting(o -> o.point().value()).containsExactly(value);
    }

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource(delimiter = '|', value = {
            "1_000         | 1000",
            "1_234_567     | 1234567",
            "\"1_000\"     | 1000",
            "\"1,000\"     | 1000",
    })
    void digitSeparatorsInGroupsOfThree_areRead_withANote(String typed, double value) {
        SnapshotValidator.Result r = figure(typed);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.NOTE);
            assertThat(p.key()).isEqualTo("figure.normalised");
        });
        assertThat(r.snapshot().observations()).extracting(o -> o.point().value()).containsExactly(value);
    }

    @ParameterizedTest(name = "{0}: write {1}")
    @CsvSource(delimiter = '|', value = {
            "02470         | 2470",
            "\"02470\"     | 2470",
            "０２４７０    | 2470",
            "007           | 7",
            "09            | 9",
            "00            | 0",
            "017.5         | 17.5",
            "00.5          | 0.5",
            "-02470        | -2470",
            "0_1           | 1",
            "\"05.3万\"    | 5.3万",
            "012e2         | 12e2",
    })
    void aLeadingZero_isRefused_withWhatToWrite(String typed, String instead) {
        SnapshotValidator.Result r = figure(typed);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.key()).isEqualTo("figure.leading-zero");
            assertThat(p.args()).containsExactly("elderly_care_beds", typed.replace("\"", ""), instead);
        });
        assertThat(r.snapshot().observations()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0x9B0", "0X9B", "+0x1F", "0x_FF", "0o17", "0O17", "0b101", "0B1", "'\"0x9B0\"'"})
    void anotherBase_isRefused(String typed) {
        SnapshotValidator.Result r = figure(typed);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.key()).isEqualTo("figure.other-base");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"12_34", "1__0", "1_0.5", "0.000_1", "'\"0,123\"'", "0x", "1:20"})
    void irregularSeparators_andHalfFormsOfABase_areNotNumbers(String typed) {
        List<String> keys = figure(typed).problems().stream().map(Problem::key).toList();
        assertThat(keys).containsExactly("figure.not-a-number");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({".nan", ".inf", "-.inf", ".NaN"})
    void nanAndInfinity_stayNotFinite(String typed) {
        List<String> keys = figure(typed).problems().stream().map(Problem::key).toList();
        assertThat(keys).containsExactly("figure.not-finite");
    }
}
