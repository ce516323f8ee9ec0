package dev.dartboard.data;

import java.util.Locale;

/**
 * The one rule for "too short to be a clip", shared by {@code dataset check}, {@code dataset stats} and the
 * data step of training and search: a clip shorter than one analysis window yields no whole frame of features,
 * so it is rejected with a reason instead of becoming a row of padding. Stateless.
 */
public final class ClipLength {
    /** Window of the default front end, ms: what check and stats hold clips to when no front end is chosen. */
    public static final double DEFAULT_WINDOW_MS = dev.dartboard.model.DataConfig.defaults().windowMs();

    private ClipLength() { }

    /** The reason a clip of {@code frames} at {@code rate} Hz is refused, or null when it is long enough. */
    public static String tooShort(long frames, int rate, double windowMs) {
        double ms = frames * 1000.0 / rate;
        if (ms >= windowMs - 1e-9) return null;
        return String.format(Locale.ROOT, "clip is %s ms (%d %s), shorter than one analysis window (%s ms)",
                fmt(ms), frames, frames == 1 ? "sample" : "samples", fmt(windowMs));
    }

    private static String fmt(double ms) {
        return ms == Math.rint(ms) ? Long.toString((long) ms) : String.format(Locale.ROOT, "%.2f", ms);
    }
}
