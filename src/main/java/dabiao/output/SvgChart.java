package dabiao.output;

import dabiao.diagnostics.Messages;
import dabiao.model.Assessment;
import dabiao.model.Lang;
import dabiao.model.Amounts;
import dabiao.model.Point;
import dabiao.model.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One verdict's trajectory as inline SVG: the figures used over time, the straight path from the baseline
 * to the target at the deadline, the trend's projection to the deadline, and the deadline itself.
 * Plain SVG, so the report needs no script and no network to draw it.
 */
final class SvgChart {

    static final int WIDTH = 280;
    static final int HEIGHT = 150;
    private static final int LEFT = 46;
    private static final int RIGHT = 12;
    private static final int TOP = 14;
    private static final int BOTTOM = 22;
    /** The magnitude word that ends an English figure: " trillion" in "1.8 trillion". */
    private static final Pattern SHORT_WORD = Pattern.compile(" ([a-z])[a-z]+$");

    private final Lang lang;
    private final String unit;

    SvgChart(Lang lang, String unit) {
        this.lang = lang;
        this.unit = unit;
    }

    String draw(Verdict v) {
        Assessment a = v.assessment();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(v.scope().name() + " · "
                        + v.target().title(lang) + " · " + v.status().label(lang))).append("\">");
        List<Point> series = a.series();
        if (series.isEmpty()) {
            svg.append("<rect class=\"frame\" x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"")
                    .append(WIDTH - LEFT - RIGHT).append("\" height=\"").append(HEIGHT - TOP - BOTTOM).append("\"/>");
            svg.append("<text class=\"empty\" x=\"").append((LEFT + WIDTH - RIGHT) / 2).append("\" y=\"")
                    .append((TOP + HEIGHT - BOTTOM) / 2 + 4).append("\">").append(v.status().label(lang)).append("</text>");
            return svg.append("</svg>").toString();
        }
        Point baseline = pathStart(a);
        double x0 = Math.min(baseline.period().endYears(), series.get(0).period().endYears());
        double x1 = Math.max(a.deadline().endYears(), series.get(series.size() - 1).period().endYears());
        if (x1 - x0 < 1) {
            x1 = x0 + 1;
        }
        List<Double> values = new ArrayList<>();
        series.forEach(p -> values.add(p.value()));
        values.add(a.required());
        values.add(baseline.value());
        if (a.projection() != null) {
            values.add(a.projection());
        }
        double lo = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double hi = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double pad = hi > lo ? (hi - lo) * 0.08 : Math.max(1, Math.abs(hi) * 0.1);
        Scale sx = new Scale(x0, x1, LEFT, WIDTH - RIGHT);
        Scale sy = new Scale(lo - pad, hi + pad, HEIGHT - BOTTOM, TOP);

        for (double tick : ticks(lo - pad, hi + pad)) {
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(f(sy.at(tick))).append("\" y2=\"").append(f(sy.at(tick))).append("\"/>");
            svg.append("<text class=\"y\" x=\"").append(LEFT - 4).append("\" y=\"").append(f(sy.at(tick) + 3))
                    .append("\">").append(compact(tick)).append("</text>");
        }
        // A year's label sits in the middle of its span, so that a deadline at the end of 2025 falls on
        // the right edge of "2025" rather than on a tick labelled 2026.
        int first = (int) Math.floor(x0);
        int step = Math.max(1, (int) Math.ceil((Math.ceil(x1) - first) / 6.0));
        for (int year = first; year + 0.5 <= x1; year += step) {
            if (year + 0.5 >= x0) {
                svg.append("<text class=\"x\" x=\"").append(f(sx.at(year + 0.5))).append("\" y=\"").append(HEIGHT - 6)
                        .append("\">").append(year).append("</text>");
            }
        }
        double dx = sx.at(a.deadline().endYears());
        svg.append("<line class=\"deadline\" x1=\"").append(f(dx)).append("\" x2=\"").append(f(dx)).append("\" y1=\"")
                .append(TOP).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"><title>")
                .append(Html.escape(Messages.get(lang, "report.chart.deadline") + " " + a.deadline()))
                .append("</title></line>");
        svg.append("<line class=\"path\" x1=\"").append(f(sx.at(baseline.period().endYears()))).append("\" y1=\"")
                .append(f(sy.at(baseline.value()))).append("\" x2=\"").append(f(dx)).append("\" y2=\"")
                .append(f(sy.at(a.required()))).append("\"/>");
        Point latest = a.latest() != null ? a.latest() : series.get(series.size() - 1);
        if (a.projection() != null) {
            svg.append("<line class=\"projection\" x1=\"").append(f(sx.at(latest.period().endYears()))).append("\" y1=\"")
                    .append(f(sy.at(latest.value()))).append("\" x2=\"").append(f(dx)).append("\" y2=\"")
                    .append(f(sy.at(a.projection()))).append("\"><title>")
                    .append(Html.escape(Messages.get(lang, "report.chart.projection") + " " + figure(a.projection())))
                    .append("</title></line>");
        }
        svg.append("<polyline class=\"series\" points=\"");
        for (int i = 0; i < series.size(); i++) {
            Point p = series.get(i);
            svg.append(i == 0 ? "" : " ").append(f(sx.at(p.period().endYears()))).append(',').append(f(sy.at(p.value())));
        }
        svg.append("\"/>");
        for (Point p : series) {
            svg.append("<circle class=\"").append(p.source() == null ? "dot synthetic" : p == latest ? "dot latest" : "dot")
                    .append("\" cx=\"").append(f(sx.at(p.period().endYears()))).append("\" cy=\"")
                    .append(f(sy.at(p.value()))).append("\" r=\"").append(p == latest ? 4 : 2.5).append("\"><title>")
                    .append(p.period()).append(": ").append(Html.escape(figure(p.value())))
                    .append(p.source() == null ? "" : " (" + Html.escape(p.source().toString()) + ")")
                    .append("</title></circle>");
        }
        svg.append("<circle class=\"goal\" cx=\"").append(f(dx)).append("\" cy=\"").append(f(sy.at(a.required())))
                .append("\" r=\"4\"><title>").append(Html.escape(Messages.get(lang, "report.chart.target") + " "
                        + figure(a.required()))).append("</title></circle>");
        return svg.append("</svg>").toString();
    }

    /** Where the straight path starts: the baseline, or the first figure drawn when there is none. */
    static Point pathStart(Assessment a) {
        return a.baseline() != null ? a.baseline() : a.series().get(0);
    }

    private String figure(double value) {
        return Amounts.of(value, unit, lang);
    }

    /**
     * A tick label short enough for the margin: "1.8万亿", "5.3万"; in English the magnitude word of
     * {@link Amounts} shortened to its initial, "1.8T", "978.36B", "53,000".
     */
    private String compact(double v) {
        String figure = Amounts.of(v, "", lang);
        return lang == Lang.ZH ? figure : SHORT_WORD.matcher(figure).replaceFirst(m -> m.group(1).toUpperCase(Locale.ROOT));
    }

    /** Three to six round values between lo and hi. */
    static List<Double> ticks(double lo, double hi) {
        double raw = (hi - lo) / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double norm = raw / magnitude;
        double step = (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * magnitude;
        List<Double> ticks = new ArrayList<>();
        for (double t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        return ticks;
    }

    /** Coordinates to one decimal: enough for the eye, short in the file. */
    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A linear map from a domain to pixels. */
    private record Scale(double d0, double d1, double r0, double r1) {
        double at(double v) {
            return r0 + (v - d0) / (d1 - d0) * (r1 - r0);
        }
    }
}
