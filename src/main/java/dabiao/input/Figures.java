package dabiao.input;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads figures as statisticians type them: full-width digits (４.５), thousands separators
 * (1,234,567 or 1_234_567) and the suffixes 万 (10⁴), 亿 (10⁸) and 万亿 (10¹²), so that 5.3万 is 53000.
 * A figure is written in decimal digits: a leading zero (02470, which YAML 1.1 reads as the octal 1336)
 * and another base (0x9B0, 0o17, 0b101) are not figures, since a statistician never means them.
 */
public final class Figures {

    private static final Pattern NUMBER = Pattern.compile("([+-]?(?:(?:0|[1-9]\\d*)(?:\\.\\d*)?|\\.\\d+))(万亿|亿|万)?");
    private static final Pattern GROUPED = Pattern.compile("[+-]?[1-9]\\d{0,2}(?:(,\\d{3})+|(_\\d{3})+)(\\.\\d*)?(万亿|亿|万)?");
    /** A zero, and any zeros or underscores after it, before a digit: 02470, 017.5, 00, 0_1. */
    private static final Pattern LEADING_ZERO = Pattern.compile("([+-]?)0[0_]*(?=\\d)");
    private static final Pattern OTHER_BASE = Pattern.compile("[+-]?0[xob][0-9a-f_]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXPONENT = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)e[+-]?\\d+",
            Pattern.CASE_INSENSITIVE);

    private Figures() {
    }

    /** The value of {@code text}, or null when it is not a figure. */
    public static Double parse(String text) {
        String t = toHalfWidth(text).trim();
        if (GROUPED.matcher(t).matches()) {
            t = t.replace(",", "").replace("_", "");
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

    /**
     * What to write instead of a figure with a leading zero ({@code 02470} → {@code 2470}, {@code 05.3万}
     * → {@code 5.3万}), or null when {@code text} has none or would not be a figure without it.
     */
    public static String withoutLeadingZero(String text) {
        String t = toHalfWidth(text).trim();
        Matcher m = LEADING_ZERO.matcher(t);
        if (!m.lookingAt()) {
            return null;
        }
        String instead = m.group(1) + t.substring(m.end());
        return parse(instead) != null || EXPONENT.matcher(instead).matches() ? instead : null;
    }

    /** Whether {@code text} is a number in another base as YAML 1.1 writes it: 0x9B0, 0o17, 0b101. */
    public static boolean otherBase(String text) {
        return OTHER_BASE.matcher(toHalfWidth(text).trim()).matches();
    }

    /**
     * Whether YAML 1.1 reads this unquoted number otherwise than a person means it: in another base
     * (02470 as octal, 0x9B0, 0b101) or with digit separators (1_000, 12_34). Such a number is read as the
     * text it is, by {@link #parse}; every other number (0, 0.5, .5, +12, 1e3) is the number YAML reads.
     */
    static boolean ambiguousInYaml(String raw) {
        if (raw.indexOf('_') >= 0) {
            return true;
        }
        // Both other cases start with a zero after the sign; most figures do not, and this is called for
        // every number of every snapshot, so they are told apart before any pattern runs.
        String t = raw.trim();
        int first = !t.isEmpty() && "+-＋－".indexOf(t.charAt(0)) >= 0 ? 1 : 0;
        if (first >= t.length() || t.charAt(first) != '0' && t.charAt(first) != '０') {
            return false;
        }
        return otherBase(raw) || LEADING_ZERO.matcher(t).lookingAt();
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
