package dev.dartboard.ui.data;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import dev.dartboard.ui.project.Workspace;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The editable front end (a {@link DataConfig}) as text fields with validation: every edit is
 * parsed and checked by DataConfig's own rules; a valid one becomes {@link #configProperty()} and
 * the project's front end, an invalid one sets {@link #validationProperty()} and changes nothing.
 * Threading: FX thread only.
 */
public final class FrontEndForm {
    private final Workspace workspace;
    private final StringProperty sampleRate = new SimpleStringProperty();
    private final ObjectProperty<FeatureType> type = new SimpleObjectProperty<>();
    private final StringProperty windowMs = new SimpleStringProperty();
    private final StringProperty hopMs = new SimpleStringProperty();
    private final StringProperty melBins = new SimpleStringProperty();
    private final StringProperty coeffs = new SimpleStringProperty();
    private final StringProperty clipMs = new SimpleStringProperty();
    private final ReadOnlyStringWrapper validation = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<DataConfig> config = new ReadOnlyObjectWrapper<>();
    private boolean filling;

    public FrontEndForm(Workspace workspace) {
        this.workspace = workspace;
        fill(workspace.project().dataConfig());
        workspace.projectProperty().addListener((o, a, p) -> { if (!p.dataConfig().equals(config.get())) fill(p.dataConfig()); });
        for (var field : new javafx.beans.Observable[]{sampleRate, type, windowMs, hopMs, melBins, coeffs, clipMs})
            field.addListener(o -> edited());
    }

    public StringProperty sampleRateProperty() { return sampleRate; }
    public ObjectProperty<FeatureType> typeProperty() { return type; }
    public StringProperty windowMsProperty() { return windowMs; }
    public StringProperty hopMsProperty() { return hopMs; }
    public StringProperty melBinsProperty() { return melBins; }
    public StringProperty coeffsProperty() { return coeffs; }
    public StringProperty clipMsProperty() { return clipMs; }

    /** "" when the fields form a valid front end, else what is wrong, in words. */
    public ReadOnlyStringProperty validationProperty() { return validation.getReadOnlyProperty(); }

    /** The last valid front end. */
    public ReadOnlyObjectProperty<DataConfig> configProperty() { return config.getReadOnlyProperty(); }

    /** e.g. "49 frames × 10 features (FFT 1024)" for the valid config. */
    public String shapeText() {
        DataConfig c = config.get();
        return c.frames() + " frames × " + c.features() + " features (window " + c.winSamples()
                + " samples, hop " + c.hopSamples() + ", FFT " + c.nFft() + ")";
    }

    private void fill(DataConfig c) {
        filling = true;
        sampleRate.set(Integer.toString(c.sampleRate()));
        type.set(c.type());
        windowMs.set(num(c.windowMs()));
        hopMs.set(num(c.hopMs()));
        melBins.set(Integer.toString(c.melBins()));
        coeffs.set(Integer.toString(c.coeffs()));
        clipMs.set(num(c.clipMs()));
        filling = false;
        config.set(c);
        validation.set("");
    }

    private void edited() {
        if (filling) return;
        try {
            DataConfig c = new DataConfig(integer("sample rate", sampleRate), type.get(), decimal("window", windowMs),
                    decimal("hop", hopMs), integer("mel bins", melBins), integer("MFCC coefficients", coeffs), decimal("clip", clipMs));
            validation.set("");
            config.set(c);
            workspace.update(p -> p.withDataConfig(c));
        } catch (IllegalArgumentException e) {
            validation.set(e.getMessage());
        }
    }

    private static int integer(String what, StringProperty field) {
        try {
            return Integer.parseInt(field.get().strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(what + " must be a whole number: '" + field.get() + "'");
        }
    }

    private static double decimal(String what, StringProperty field) {
        try {
            return Double.parseDouble(field.get().strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(what + " must be a number of milliseconds: '" + field.get() + "'");
        }
    }

    private static String num(double v) { return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v); }
}
