package dabiao.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** --help in the user's language: every command and every option described in Chinese by default. */
class UsageHelpTest {

    /** The first line of an option's entry: "  -h, --help …" or "      --as-of=PERIOD …", below the synopsis. */
    private static final Pattern OPTION_LINE = Pattern.compile("^  (-\\w, |    )--[\\w-]+.*");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    @ParameterizedTest
    @ValueSource(strings = {"", "evaluate", "explain", "diff", "targets", "validate", "template", "import", "export",
            "rules", "rules check"})
    void everyCommandAndOption_isDescribedInChinese_andInEnglishWithLangEn(String command) {
        String[] words = command.isEmpty() ? new String[0] : command.split(" ");
        String[] zh = append(words, "--help");
        Cli.Run r = Cli.run(Path.of(""), zh);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("用法：");
        String description = r.out().lines().dropWhile(l -> l.startsWith("用法") || l.startsWith(" ")).findFirst().orElse("");
        assertThat(CJK.matcher(description).find()).as(description).isTrue();
        assertThat(entries(r.out().substring(r.out().indexOf(description))))
                .isNotEmpty().allSatisfy(e -> assertThat(CJK.matcher(e).find()).as(e).isTrue());

        Cli.Run en = Cli.run(Path.of(""), append(append(new String[] {"--lang", "en"}, words), "--help"));
        assertThat(en.out()).startsWith("Usage:").doesNotContain("用法");
    }

    /** Each option's entry, its label with the lines its description wraps onto. */
    private static java.util.List<String> entries(String help) {
        java.util.List<String> entries = new java.util.ArrayList<>();
        for (String line : help.lines().toList()) {
            if (OPTION_LINE.matcher(line).matches()) {
                entries.add(line);
            } else if (!entries.isEmpty() && line.startsWith("      ") && !line.isBlank()) {
                entries.set(entries.size() - 1, entries.get(entries.size() - 1) + " " + line.strip());
            } else if (!entries.isEmpty()) {
                break;
            }
        }
        return entries;
    }

    private static String[] append(String[] a, String... more) {
        String[] all = new String[a.length + more.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(more, 0, all, a.length, more.length);
        return all;
    }
}
