package dabiao.diagnostics;

import dabiao.model.Lang;
import dabiao.model.ScopeLevel;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Message texts in Chinese and English, kept in {@code dabiao/messages_*.properties}.
 * Placeholders {0}, {1}, … are replaced verbatim: no number grouping, no quote escaping.
 */
public final class Messages {

    /** Loaded once: a report words two sentences for each of tens of thousands of verdicts. */
    private static final Map<Lang, ResourceBundle> BUNDLES = new EnumMap<>(Map.of(
            Lang.ZH, load(Locale.CHINESE), Lang.EN, load(Locale.ENGLISH)));

    private Messages() {
    }

    public static String get(Lang lang, String key, Object... args) {
        String text;
        try {
            text = BUNDLES.get(lang).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message " + key + " for " + lang, e);
        }
        for (int i = 0; i < args.length; i++) {
            // A level is a word of the user's language (街道、镇), never the identifier rules spell (street).
            Object arg = args[i] instanceof ScopeLevel level ? get(lang, "level." + level.word()) : args[i];
            text = text.replace("{" + i + "}", String.valueOf(arg));
        }
        return text;
    }

    private static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle("dabiao.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
