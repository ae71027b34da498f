package dabiao.cli;

import dabiao.output.DiffFormat;
import dabiao.output.ExplanationFormat;
import dabiao.output.Format;
import dabiao.output.TargetsFormat;
import picocli.CommandLine;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads an output format by its lower-case name, for every command that has formats; an unknown name is
 * refused with the names there are, never defaulted.
 */
abstract class FormatConverter<F extends Enum<F>> implements CommandLine.ITypeConverter<F> {

    private final F[] formats;
    private final Function<F, String> word;

    FormatConverter(F[] formats, Function<F, String> word) {
        this.formats = formats;
        this.word = word;
    }

    @Override
    public F convert(String value) {
        for (F f : formats) {
            if (word.apply(f).equals(value)) {
                return f;
            }
        }
        throw new CommandLine.TypeConversionException("expected one of "
                + Arrays.stream(formats).map(word).collect(Collectors.joining(", ")) + ", found '" + value + "'");
    }

    /** {@code evaluate --format}. */
    static final class Evaluate extends FormatConverter<Format> {
        Evaluate() {
            super(Format.values(), Format::word);
        }
    }

    /** {@code diff --format}. */
    static final class Diff extends FormatConverter<DiffFormat> {
        Diff() {
            super(DiffFormat.values(), DiffFormat::word);
        }
    }

    /** {@code explain --format}. */
    static final class Explanation extends FormatConverter<ExplanationFormat> {
        Explanation() {
            super(ExplanationFormat.values(), ExplanationFormat::word);
        }
    }

    /** {@code targets --format}. */
    static final class Targets extends FormatConverter<TargetsFormat> {
        Targets() {
            super(TargetsFormat.values(), TargetsFormat::word);
        }
    }
}
