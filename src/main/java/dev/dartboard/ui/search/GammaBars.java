package dev.dartboard.ui.search;

import dev.dartboard.nas.search.SearchEvent;
import javafx.geometry.VPos;
import dev.dartboard.ui.common.ThemedCanvas;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

import java.util.List;

/**
 * softmax(γ) as one horizontal bar per data config, its whole id on the left; the frozen config is marked (the theme's
 * alert colour). Draws only.
 */
final class GammaBars {
    private static final double ROW = 22;

    private GammaBars() { }

    static Canvas build(LiveSearch live) {
        ThemedCanvas c = new ThemedCanvas(520, 200);
        c.setId("gamma-bars");
        live.latestProperty().addListener((o, a, e) -> draw(c, e, live.configs()));
        c.setOnRestyle(() -> draw(c, live.latestProperty().get(), live.configs()));
        draw(c, null, live.configs());
        return c;
    }

    private static void draw(ThemedCanvas c, SearchEvent e, List<String> ids) {
        ThemedCanvas.Palette p = c.palette();
        GraphicsContext g = c.getGraphicsContext2D();
        g.clearRect(0, 0, c.getWidth(), c.getHeight());
        g.setTextBaseline(VPos.CENTER);
        g.setFill(p.ink());
        if (e == null) { g.fillText("γ appears with the first search step", 10, 20); return; }
        double[] gamma = e.gamma();
        double left = labelWidth(ids, g.getFont()) + 10, width = c.getWidth() - left - 80;
        for (int i = 0; i < gamma.length && i < ids.size(); i++) {
            double y = 4 + i * ROW;
            boolean frozen = e.gammaFrozen() && e.frozenConfig() == i;
            g.setFill(frozen ? p.alert() : p.line());
            g.fillRect(left, y, Math.max(1, gamma[i] * width), ROW - 6);
            g.setFill(p.ink());
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(ids.get(i), left - 6, y + (ROW - 6) / 2);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(String.format(java.util.Locale.ROOT, "%.2f%s", gamma[i], frozen ? " frozen" : ""),
                    left + gamma[i] * width + 4, y + (ROW - 6) / 2);
        }
    }

    /** Width of the longest id in {@code font}, px. */
    private static double labelWidth(List<String> ids, javafx.scene.text.Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text();
        t.setFont(font);
        double max = 0;
        for (String id : ids) {
            t.setText(id);
            max = Math.max(max, t.getLayoutBounds().getWidth());
        }
        return max;
    }
}
