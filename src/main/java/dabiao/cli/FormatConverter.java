package dabiao.cli;

import dabiao.output.DiffFormat;
import dabiao.output.ExplanationFormat;
import dabiao.output.Format;
import dabiao.output.Named;
import dabiao.output.TargetsFormat;
import picocli.CommandLine;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads an output format by its lower-case name, for every command that has formats; an unknown name is
 * refused with the names there are, never defaulted.
 */
abstract class FormatConverter<F extends Enum<F> & Named> implements CommandLine.ITypeConverter<F> {

    private final F[] formats;

    FormatConverter(F[] formats) {
        this.formats = formats;
    }

    @Override
    public F convert(String value) {
        for (F f : formats) {
            if (f.word().equals(value)) {
                return f;
            }
        }
        throw new OptionValueException("cli.value.one-of",
                Arrays.stream(formats).map(Named::word).collect(Collectors.joining(", ")), value);
    }

    /** {@code evaluate --format}. */
    static final class Evaluate extends FormatConverter<Format> {
        Evaluate() {
            super(Format.values());
        }
    }

    /** {@code diff --format}. */
    static final class Diff extends FormatConverter<DiffFormat> {
        Diff() {
            super(DiffFormat.values());
        }
    }

    /** {@code explain --format}. */
    static final class Explanation extends FormatConverter<ExplanationFormat> {
        Explanation() {
            super(ExplanationFormat.values());
        }
    }

    /** {@code targets --format}. */
    static final class Targets extends FormatConverter<TargetsFormat> {
        Targets() {
            super(TargetsFormat.values());
        }
    }
}
