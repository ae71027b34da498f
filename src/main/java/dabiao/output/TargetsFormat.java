package dabiao.output;

import dabiao.model.Scope;
import dabiao.model.Target;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/** The output formats of {@code targets}; chosen like {@link Format}, an unknown name refused. */
public enum TargetsFormat implements Named {
    TABLE {
        @Override
        public void write(TargetList list, Map<Target, List<Scope>> targets, Map<String, String> regionNames, Writer out)
                throws IOException {
            list.table(targets, regionNames, out);
        }
    },
    JSON {
        @Override
        public void write(TargetList list, Map<Target, List<Scope>> targets, Map<String, String> regionNames, Writer out)
                throws IOException {
            list.json(targets, out);
        }
    };

    /** Writes the targets with the scopes each applies to; {@code regionNames} by code, for the table. */
    public abstract void write(TargetList list, Map<Target, List<Scope>> targets, Map<String, String> regionNames, Writer out)
            throws IOException;
}
