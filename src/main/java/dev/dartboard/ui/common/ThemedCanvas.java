package dev.dartboard.ui.common;

import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.ColorConverter;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * A canvas whose drawing colours come from the theme: CSS properties of the style class {@code themed-canvas}, which
 * base.css sets from the studio's looked-up colours (so from AtlantaFX's light or dark palette). Whenever the theme
 * changes them, {@link #setOnRestyle} runs, so the owner redraws with {@link #palette()}. Until the style sheets apply,
 * the palette holds neutral greys. FX thread only.
 */
public class ThemedCanvas extends Canvas {
    /** The colours a plot draws with, as the current theme gives them. */
    public record Palette(Color background, Color ink, Color line, Color alert, Color cold, Color hot, Color onCold, Color onHot) {
        /** A heat-map cell's fill: {@code cold} (0) to {@code hot} (1), x clamped to [0, 1]. */
        public Color heat(double x) { return cold.interpolate(hot, Math.max(0, Math.min(1, x))); }

        /** Text drawn on {@link #heat(double) heat(x)}. */
        public Color onHeat(double x) { return x > 0.5 ? onHot : onCold; }
    }

    private static final List<Colour> COLOURS = List.of(
            new Colour("-db-plot-background", c -> c.background), new Colour("-db-plot-ink", c -> c.ink),
            new Colour("-db-plot-line", c -> c.line), new Colour("-db-plot-alert", c -> c.alert),
            new Colour("-db-heat-cold", c -> c.cold), new Colour("-db-heat-hot", c -> c.hot),
            new Colour("-db-heat-on-cold", c -> c.onCold), new Colour("-db-heat-on-hot", c -> c.onHot));
    private static final List<CssMetaData<? extends Styleable, ?>> META;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Node.getClassCssMetaData());
        all.addAll(COLOURS);
        META = Collections.unmodifiableList(all);
    }

    private final StyleableObjectProperty<Color> background = colour(0, Color.gray(0.95));
    private final StyleableObjectProperty<Color> ink = colour(1, Color.gray(0.45));
    private final StyleableObjectProperty<Color> line = colour(2, Color.gray(0.3));
    private final StyleableObjectProperty<Color> alert = colour(3, Color.gray(0.1));
    private final StyleableObjectProperty<Color> cold = colour(4, Color.gray(0.95));
    private final StyleableObjectProperty<Color> hot = colour(5, Color.gray(0.3));
    private final StyleableObjectProperty<Color> onCold = colour(6, Color.gray(0.1));
    private final StyleableObjectProperty<Color> onHot = colour(7, Color.gray(0.95));
    private Runnable onRestyle = () -> { };
    private boolean redrawQueued;

    public ThemedCanvas(double width, double height) {
        super(width, height);
        getStyleClass().add("themed-canvas");
    }

    /** The colours now; read them in every draw. */
    public Palette palette() {
        return new Palette(background.get(), ink.get(), line.get(), alert.get(), cold.get(), hot.get(), onCold.get(), onHot.get());
    }

    /** What redraws the canvas; runs once (after the CSS pass) whenever the theme changed any of its colours. */
    public void setOnRestyle(Runnable redraw) { onRestyle = redraw; }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() { return META; }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() { return META; }

    private StyleableObjectProperty<Color> colour(int i, Color initial) {
        Colour meta = COLOURS.get(i);
        return new SimpleStyleableObjectProperty<>(meta, this, meta.getProperty(), initial) {
            @Override
            protected void invalidated() {
                if (redrawQueued) return;
                redrawQueued = true;   // one redraw for the several colours a theme change sets in one CSS pass
                javafx.application.Platform.runLater(() -> {
                    redrawQueued = false;
                    onRestyle.run();
                });
            }
        };
    }

    /** One CSS colour property of the canvas. */
    private static final class Colour extends CssMetaData<ThemedCanvas, Color> {
        private final Function<ThemedCanvas, StyleableObjectProperty<Color>> property;

        Colour(String name, Function<ThemedCanvas, StyleableObjectProperty<Color>> property) {
            super(name, ColorConverter.getInstance());
            this.property = property;
        }

        @Override public boolean isSettable(ThemedCanvas c) { return !property.apply(c).isBound(); }
        @Override public StyleableProperty<Color> getStyleableProperty(ThemedCanvas c) { return property.apply(c); }
    }
}
