package dabiao.diagnostics;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message exists in Chinese and in English, once. */
class MessagesTest {

    private static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/dabiao/messages_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglish_haveTheSameKeys() throws IOException {
        assertThat(load("zh").stringPropertyNames()).isEqualTo(load("en").stringPropertyNames());
    }

    /** A key written twice silently keeps the later text, so that one message replaces another's. */
    @Test
    void noKey_isDefinedTwice() throws IOException {
        for (String lang : java.util.List.of("zh", "en")) {
            try (InputStream in = MessagesTest.class.getResourceAsStream("/dabiao/messages_" + lang + ".properties")) {
                java.util.List<String> keys = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.substring(0, l.indexOf('=')))
                        .toList();
                assertThat(keys).as(lang).doesNotHaveDuplicates();
            }
        }
    }
}
