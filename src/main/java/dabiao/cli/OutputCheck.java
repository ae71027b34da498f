package dabiao.cli;

import dabiao.diagnostics.Locations;
import dabiao.diagnostics.Messages;
import dabiao.model.Lang;
import dabiao.output.AtomicFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * What an {@code --output} must not replace: a file the command reads (compared as real files, so {@code ..}
 * and symbolic links are seen through), and, unless {@code --force}, any existing file.
 */
final class OutputCheck {

    private OutputCheck() {
    }

    /**
     * Exit 2 when {@code output} is one of {@code inputs} or an existing file under one of {@code inputFolders};
     * when it already exists as a regular file and {@code force} is false.
     */
    static void check(Path output, Collection<Path> inputs, Collection<Path> inputFolders, boolean force, Lang lang) {
        Path real;
        try {
            real = AtomicFile.resolve(output);
        } catch (IOException e) {
            return; // Not resolvable: the write itself will say why.
        }
        if (!Files.exists(real)) {
            return; // Nothing there, so no input and no earlier file is replaced.
        }
        for (Path input : inputs) {
            if (sameFile(real, input)) {
                throw refusal(lang, "output.is-input", output, input);
            }
        }
        for (Path folder : inputFolders) {
            Path realFolder = realOrNull(folder);
            if (realFolder != null && real.startsWith(realFolder) && Files.isRegularFile(real)) {
                throw refusal(lang, "output.under-input", output, folder);
            }
        }
        if (!force && Files.isRegularFile(real)) {
            throw new ExitException(ExitCodes.INVALID, Messages.get(lang, "output.exists", Locations.display(output)));
        }
    }

    private static ExitException refusal(Lang lang, String key, Path output, Path input) {
        return new ExitException(ExitCodes.INVALID, Messages.get(lang, key, Locations.display(output), Locations.display(input)));
    }

    private static boolean sameFile(Path real, Path input) {
        try {
            return Files.exists(input) && Files.isSameFile(real, input);
        } catch (IOException e) {
            return false;
        }
    }

    private static Path realOrNull(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }
}
