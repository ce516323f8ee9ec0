package dev.dartboard.ui.common;

import javafx.scene.canvas.GraphicsContext;

/**
 * The studio's one waveform drawing (Data page, wizard preview): min/max of the samples per pixel column, full scale =
 * half the height, in the theme's plot colours ({@link ThemedCanvas}); drawn again with the same samples whenever the
 * theme changes. FX thread only.
 */
public final class Waveform {
    private Waveform() { }

    /** Draws {@code s} (samples in [−1, 1]; empty or null: the background only) on {@code canvas} and keeps it drawn across themes. */
    public static void show(ThemedCanvas canvas, float[] s) {
        canvas.setOnRestyle(() -> draw(canvas, s));
        draw(canvas, s);
    }

    private static void draw(ThemedCanvas canvas, float[] s) {
        ThemedCanvas.Palette p = canvas.palette();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight(), mid = h / 2;
        g.setFill(p.background());
        g.fillRect(0, 0, w, h);
        g.setStroke(p.line());
        g.setLineWidth(1);
        if (s == null || s.length == 0) return;
        for (int x = 0; x < (int) w; x++) {
            int from = (int) ((long) x * s.length / (int) w), to = Math.max(from + 1, (int) ((long) (x + 1) * s.length / (int) w));
            float lo = 1, hi = -1;
            for (int i = from; i < Math.min(to, s.length); i++) { lo = Math.min(lo, s[i]); hi = Math.max(hi, s[i]); }
            g.strokeLine(x + 0.5, mid - hi * mid, x + 0.5, mid - lo * mid);
        }
    }
}
