package dabiao.input;

import dabiao.model.Lang;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Message texts in Chinese and English, kept in {@code dabiao/messages_*.properties}.
 * Placeholders {0}, {1}, … are replaced verbatim: no number grouping, no quote escaping.
 */
public final class Messages {

    private Messages() {
    }

    public static String get(Lang lang, String key, Object... args) {
        String text;
        try {
            text = bundle(lang).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message " + key + " for " + lang, e);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    private static ResourceBundle bundle(Lang lang) {
        return ResourceBundle.getBundle("dabiao.messages", lang == Lang.EN ? Locale.ENGLISH : Locale.CHINESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
