package dabiao.input;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads figures as statisticians type them: full-width digits (４.５), thousands separators
 * (1,234,567) and the suffixes 万 (10⁴), 亿 (10⁸) and 万亿 (10¹²), so that 5.3万 is 53000.
 */
public final class Figures {

    private static final Pattern NUMBER = Pattern.compile("([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))(万亿|亿|万)?");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?(万亿|亿|万)?");

    private Figures() {
    }

    /** The value of {@code text}, or null when it is not a figure. */
    public static Double parse(String text) {
        String t = toHalfWidth(text).trim();
        if (GROUPED.matcher(t).matches()) {
            t = t.replace(",", "");
        }
        Matcher m = NUMBER.matcher(t);
        if (!m.matches()) {
            return null;
        }
        BigDecimal value = new BigDecimal(m.group(1));
        String suffix = m.group(2);
        if (suffix != null) {
            value = value.scaleByPowerOfTen(switch (suffix) {
                case "万" -> 4;
                case "亿" -> 8;
                default -> 12;
            });
        }
        return value.doubleValue();
    }

    private static String toHalfWidth(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '０' && c <= '９') {
                sb.append((char) (c - '０' + '0'));
            } else if (c == '．') {
                sb.append('.');
            } else if (c == '，') {
                sb.append(',');
            } else if (c == '－') {
                sb.append('-');
            } else if (c == '＋') {
                sb.append('+');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
