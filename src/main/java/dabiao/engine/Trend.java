package dabiao.engine;

import dabiao.model.Point;

import java.util.List;

/** The recent trend of a series: an ordinary least-squares line over its last figures. */
public final class Trend {

    /** How many of the latest figures the trend is fitted to. */
    static final int WINDOW = 8;
    /** Fewer figures than this give no trend. */
    static final int MINIMUM = 3;

    private Trend() {
    }

    /** The figures of {@code points} the trend is fitted to: the last {@link #WINDOW}, or all when fewer. */
    public static List<Point> recent(List<Point> points) {
        return points.subList(Math.max(0, points.size() - WINDOW), points.size());
    }

    /**
     * The value the line through the last {@link #WINDOW} points reaches at {@code years} (fractional
     * years, see {@link dabiao.model.Period#endYears()}); null with fewer than {@link #MINIMUM} points.
     */
    static Double projectAt(List<Point> points, double years) {
        List<Point> recent = recent(points);
        if (recent.size() < MINIMUM) {
            return null;
        }
        double n = recent.size();
        double meanX = recent.stream().mapToDouble(p -> p.period().endYears()).sum() / n;
        double meanY = recent.stream().mapToDouble(Point::value).sum() / n;
        double sxy = 0;
        double sxx = 0;
        for (Point p : recent) {
            double dx = p.period().endYears() - meanX;
            sxy += dx * (p.value() - meanY);
            sxx += dx * dx;
        }
        if (sxx == 0) {
            return meanY;
        }
        return meanY + sxy / sxx * (years - meanX);
    }
}
