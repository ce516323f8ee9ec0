package dev.dartboard.ui.space;

import dev.dartboard.model.FeatureType;
import dev.dartboard.model.Primitive;
import dev.dartboard.ui.project.SpaceSettings;
import dev.dartboard.ui.project.Workspace;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The search space's bounds as editable properties, two-way with the project's {@link SpaceSettings}:
 * a usable edit becomes the project's space, an unusable one sets {@link #validationProperty()} and
 * changes nothing. Threading: FX thread only.
 */
public final class SpaceForm {
    private final Workspace workspace;
    final BooleanProperty rate8k = new SimpleBooleanProperty(), rate16k = new SimpleBooleanProperty();
    final BooleanProperty mfcc = new SimpleBooleanProperty(), logMel = new SimpleBooleanProperty();
    final DoubleProperty windowLow = new SimpleDoubleProperty(), windowHigh = new SimpleDoubleProperty();
    final DoubleProperty hopLow = new SimpleDoubleProperty(), hopHigh = new SimpleDoubleProperty();
    final DoubleProperty melLow = new SimpleDoubleProperty(), melHigh = new SimpleDoubleProperty();
    final DoubleProperty clipLow = new SimpleDoubleProperty(), clipHigh = new SimpleDoubleProperty();
    final IntegerProperty coeffs = new SimpleIntegerProperty(), layers = new SimpleIntegerProperty();
    final StringProperty widths = new SimpleStringProperty();
    private final ObservableList<Primitive> primitives = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper validation = new ReadOnlyStringWrapper("");
    private boolean filling;

    public SpaceForm(Workspace workspace) {
        this.workspace = workspace;
        fill(workspace.project().space());
        workspace.projectProperty().addListener((o, a, p) -> { if (!p.space().equals(current())) fill(p.space()); });
        for (Observable f : new Observable[]{rate8k, rate16k, mfcc, logMel, windowLow, windowHigh, hopLow, hopHigh,
                melLow, melHigh, clipLow, clipHigh, coeffs, layers, widths, primitives}) f.addListener(o -> edited());
    }

    public BooleanProperty rate8kProperty() { return rate8k; }
    public BooleanProperty rate16kProperty() { return rate16k; }
    public BooleanProperty mfccProperty() { return mfcc; }
    public BooleanProperty logMelProperty() { return logMel; }
    /** Window bounds, ms (a RangeSlider's low/high). */
    public DoubleProperty windowLowProperty() { return windowLow; }
    public DoubleProperty windowHighProperty() { return windowHigh; }
    public DoubleProperty hopLowProperty() { return hopLow; }
    public DoubleProperty hopHighProperty() { return hopHigh; }
    public DoubleProperty melLowProperty() { return melLow; }
    public DoubleProperty melHighProperty() { return melHigh; }
    public DoubleProperty clipLowProperty() { return clipLow; }
    public DoubleProperty clipHighProperty() { return clipHigh; }
    public IntegerProperty coeffsProperty() { return coeffs; }
    public IntegerProperty layersProperty() { return layers; }
    /** Width options as text, e.g. "16, 32, 64". */
    public StringProperty widthsProperty() { return widths; }
    /** The checked primitives, in enum order. */
    public ObservableList<Primitive> primitives() { return primitives; }
    public ReadOnlyStringProperty validationProperty() { return validation.getReadOnlyProperty(); }

    private void fill(SpaceSettings s) {
        filling = true;
        rate8k.set(s.sampleRates().contains(8000));
        rate16k.set(s.sampleRates().contains(16000));
        mfcc.set(s.featureTypes().contains(FeatureType.MFCC));
        logMel.set(s.featureTypes().contains(FeatureType.LOG_MEL));
        setRange(windowLow, windowHigh, s.windowMinMs(), s.windowMaxMs());
        setRange(hopLow, hopHigh, s.hopMinMs(), s.hopMaxMs());
        setRange(melLow, melHigh, s.melBinsMin(), s.melBinsMax());
        setRange(clipLow, clipHigh, s.clipMinMs(), s.clipMaxMs());
        coeffs.set(s.coeffs());
        layers.set(s.layers());
        widths.set(String.join(", ", s.widths().stream().map(String::valueOf).toList()));
        primitives.setAll(s.primitives());
        filling = false;
        validation.set(s.problem());
    }

    /** Sets high first when it grows, so that low never passes high on the way (RangeSlider clamps). */
    private static void setRange(DoubleProperty low, DoubleProperty high, double lo, double hi) {
        if (hi >= high.get()) { high.set(hi); low.set(lo); } else { low.set(lo); high.set(hi); }
    }

    private void edited() {
        if (filling) return;
        SpaceSettings s = current();
        String problem = s == null ? "widths must be whole numbers, e.g. 16, 32, 64" : s.problem();
        validation.set(problem);
        if (problem.isEmpty()) workspace.update(p -> p.withSpace(s));
    }

    /** The space the fields describe, or null when the widths do not parse. */
    SpaceSettings current() {
        List<Integer> rates = new ArrayList<>();
        if (rate8k.get()) rates.add(8000);
        if (rate16k.get()) rates.add(16000);
        List<FeatureType> types = new ArrayList<>();
        if (mfcc.get()) types.add(FeatureType.MFCC);
        if (logMel.get()) types.add(FeatureType.LOG_MEL);
        List<Integer> w = parseWidths(widths.get());
        List<Primitive> prims = Arrays.stream(Primitive.values()).filter(primitives::contains).toList();
        return w == null ? null : new SpaceSettings(rates, types, round(windowLow), round(windowHigh), round(hopLow),
                round(hopHigh), (int) Math.round(melLow.get()), (int) Math.round(melHigh.get()), coeffs.get(),
                Math.round(clipLow.get()), Math.round(clipHigh.get()), layers.get(), w, prims);
    }

    /** Window and hop in whole milliseconds (a slider's value is continuous). */
    private static double round(DoubleProperty ms) { return Math.round(ms.get()); }

    static List<Integer> parseWidths(String text) {
        try {
            if (text == null || text.isBlank()) return List.of();
            return Arrays.stream(text.split("[,\\s]+")).filter(t -> !t.isBlank()).map(Integer::parseInt).toList();
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
