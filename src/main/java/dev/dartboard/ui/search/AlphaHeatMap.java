package dev.dartboard.ui.search;

import dev.dartboard.nas.search.SearchEvent;
import javafx.geometry.VPos;
import dev.dartboard.ui.common.ThemedCanvas;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

import java.util.List;

/**
 * softmax(α) as a heat map: one row per layer, one column per op, from the theme's cold (0) to its hot colour (1)
 * ({@link ThemedCanvas.Palette#heat}). Draws only.
 */
final class AlphaHeatMap {
    private static final double LEFT = 60, TOP = 8, BOTTOM = 84;   // room for the longest op name at −50°

    private AlphaHeatMap() { }

    static Canvas build(LiveSearch live) {
        ThemedCanvas c = new ThemedCanvas(420, 244);
        c.setId("alpha-map");
        live.latestProperty().addListener((o, a, e) -> draw(c, e, live.ops()));
        live.ops().addListener((javafx.collections.ListChangeListener<String>) ch -> draw(c, live.latestProperty().get(), live.ops()));
        c.setOnRestyle(() -> draw(c, live.latestProperty().get(), live.ops()));
        draw(c, null, live.ops());
        return c;
    }

    private static void draw(ThemedCanvas c, SearchEvent e, List<String> ops) {
        ThemedCanvas.Palette p = c.palette();
        GraphicsContext g = c.getGraphicsContext2D();
        g.clearRect(0, 0, c.getWidth(), c.getHeight());
        g.setFill(p.ink());
        if (e == null || ops.isEmpty()) { g.fillText("α appears with the first search step", LEFT, TOP + 20); return; }
        double[][] a = e.alphas();
        double w = (c.getWidth() - LEFT) / ops.size(), h = (c.getHeight() - TOP - BOTTOM) / a.length;
        for (int l = 0; l < a.length; l++) {
            int best = argmax(a[l]);
            for (int k = 0; k < a[l].length && k < ops.size(); k++) {
                g.setFill(p.heat(a[l][k]));
                g.fillRect(LEFT + k * w, TOP + l * h, w - 1, h - 1);
                g.setFill(p.onHeat(a[l][k]));
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.CENTER);
                g.fillText(String.format(java.util.Locale.ROOT, k == best ? "[%.2f]" : "%.2f", a[l][k]), LEFT + (k + .5) * w, TOP + (l + .5) * h);
            }
            g.setFill(p.ink());
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText("layer " + (l + 1), LEFT - 6, TOP + (l + .5) * h);
        }
        opNames(g, ops, w, c.getHeight() - BOTTOM + 6);
    }

    private static void opNames(GraphicsContext g, List<String> ops, double w, double y) {
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int k = 0; k < ops.size(); k++) {
            g.save();
            g.translate(LEFT + (k + .5) * w, y);
            g.rotate(-50);
            g.fillText(ops.get(k), 0, 0);
            g.restore();
        }
    }

    static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
        return best;
    }
}
