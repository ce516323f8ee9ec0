package dev.dartboard.ui.data;

import dev.dartboard.ui.common.ThemedCanvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** Draws a feature matrix (heat map; the waveform is {@link dev.dartboard.ui.common.Waveform}'s). FX thread only. */
final class ClipCanvases {
    private ClipCanvases() { }

    /**
     * Frames run left to right, feature 0 at the bottom. Colours scale from the matrix's min to max,
     * or per feature row when {@code perRow} (MFCC: c0 would otherwise drown the other coefficients).
     */
    static void features(ThemedCanvas canvas, float[][] m, boolean perRow) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        g.setFill(canvas.palette().background());
        g.fillRect(0, 0, w, h);
        if (m.length == 0 || m[0].length == 0) return;
        double cw = w / m.length, ch = h / m[0].length;
        for (int f = 0; f < m[0].length; f++) {
            float lo = Float.MAX_VALUE, hi = -Float.MAX_VALUE;
            for (float[] row : m) for (int k = perRow ? f : 0; k < (perRow ? f + 1 : row.length); k++) {
                lo = Math.min(lo, row[k]);
                hi = Math.max(hi, row[k]);
            }
            double span = Math.max(1e-9, hi - lo);
            for (int t = 0; t < m.length; t++) {
                g.setFill(heat((m[t][f] - lo) / span));
                g.fillRect(t * cw, h - (f + 1) * ch, Math.ceil(cw), Math.ceil(ch));
            }
        }
    }

    /** A perceptually ordered dark-blue → teal → yellow ramp, x in [0, 1]. */
    static Color heat(double x) {
        double v = Math.max(0, Math.min(1, x));
        return Color.hsb(250 - 190 * v, 0.85 - 0.25 * v, 0.25 + 0.75 * v);
    }
}
