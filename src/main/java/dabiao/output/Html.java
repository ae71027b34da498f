package dabiao.output;

import dabiao.engine.Wording;
import dabiao.diagnostics.Messages;
import dabiao.model.Lang;
import dabiao.model.Status;
import dabiao.model.Target;
import dabiao.model.Verdict;

/** What every part of the HTML report shares: escaping, labels, status classes and marks, anchors. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A message of the report, escaped. */
    static String label(Lang lang, String key, Object... args) {
        return escape(Messages.get(lang, key, args));
    }

    /** The class that colours an element by status (report.css: background {@code --c}, text {@code --fg}). */
    static String css(Status s) {
        return "s-" + s.id();
    }

    /** A status as a coloured label: "未达标". */
    static String badge(Status s, Lang lang) {
        return "<span class=\"badge " + css(s) + "\">" + escape(s.label(lang)) + "</span>";
    }

    /** A mark beside the colour, for readers who cannot tell the colours apart and for print. */
    static String mark(Status s) {
        return switch (s) {
            case MET -> "✓";
            case ON_TRACK -> "↗";
            case AT_RISK -> "!";
            case OFF_TRACK -> "‼";
            case MISSED -> "✕";
            case NO_DATA -> "·";
        };
    }

    /** A target's section in a region's part of the report. */
    static String section(String region, Target t) {
        return "t-" + region + "-" + t.id();
    }

    /** A verdict's chart: its target's section, its scope, and the year of a quota. */
    /** The cells every list of verdicts starts with: its status, its scope, and its title linked to its chart. */
    static String verdictCells(Verdict v, Lang lang) {
        return "<td>" + badge(v.status(), lang) + "</td><td>" + escape(v.scope().name()) + "</td><td><a href=\"#"
                + chart(v) + "\">" + escape(Wording.title(v, lang)) + "</a></td>";
    }

    static String chart(Verdict v) {
        return section(v.scope().region(), v.target()) + "-" + v.scope().code() + (v.year() == null ? "" : "-" + v.year());
    }
}
