package dabiao.cli;

import dabiao.output.Format;
import picocli.CommandLine;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Reads an output format by its lower-case name; an unknown name is refused, never defaulted. */
final class FormatConverter implements CommandLine.ITypeConverter<Format> {

    @Override
    public Format convert(String value) {
        for (Format f : Format.values()) {
            if (f.word().equals(value)) {
                return f;
            }
        }
        throw new CommandLine.TypeConversionException("expected one of "
                + Arrays.stream(Format.values()).map(Format::word).collect(Collectors.joining(", ")) + ", found '" + value + "'");
    }
}
