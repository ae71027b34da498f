package dabiao.bench;

import dabiao.input.Inputs;
import dabiao.input.SnapshotDocument;
import dabiao.input.YamlFiles;

import java.nio.file.Path;
import java.util.List;

/**
 * The floor of the national benchmark: reading and parsing every snapshot into its document record,
 * with no validation and no evaluation, in a process of its own.
 */
public final class ParseFloor {

    private ParseFloor() {
    }

    public static void main(String[] args) {
        long figures = 0;
        for (Path file : Inputs.snapshotFiles(List.of(Path.of(args[0]))).files()) {
            SnapshotDocument doc = YamlFiles.read(file, file.toString(), SnapshotDocument.class);
            figures += doc.values() == null ? 0 : doc.values().size();
            for (SnapshotDocument.Area d : doc.districts()) {
                figures += d.values() == null ? 0 : d.values().size();
            }
        }
        System.err.println("timing figures " + figures);
    }
}
