package dabiao.output;

import java.util.Locale;

/** A format as the command line names it: its constant in lower case ({@code json}, {@code markdown}). */
public interface Named {

    String name();

    default String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
