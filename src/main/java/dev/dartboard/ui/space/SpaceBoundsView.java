package dev.dartboard.ui.space;

import dev.dartboard.model.Primitive;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.RangeSlider;

import java.util.List;

/** The search space's bounds: checkboxes, RangeSliders, spinners and the primitives' CheckComboBox. Builds and binds only. */
final class SpaceBoundsView {
    private SpaceBoundsView() { }

    static Node build(SpaceForm f) {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.addRow(0, new Label("Sample rates"), new HBox(10, check("8 kHz", "rate-8k", f.rate8kProperty()), check("16 kHz", "rate-16k", f.rate16kProperty())));
        g.addRow(1, new Label("Features"), new HBox(10, check("MFCC", "type-mfcc", f.mfccProperty()), check("log-mel", "type-logmel", f.logMelProperty())));
        g.addRow(2, new Label("Window"), range("window", f.windowLowProperty(), f.windowHighProperty(), 20, 64, "ms"));
        g.addRow(3, new Label("Hop"), range("hop", f.hopLowProperty(), f.hopHighProperty(), 10, 32, "ms"));
        g.addRow(4, new Label("Mel bins"), range("mel", f.melLowProperty(), f.melHighProperty(), 10, 80, ""));
        g.addRow(5, new Label("MFCC coefficients"), spinner("coeffs", f.coeffsProperty(), 1, 40));
        g.addRow(6, new Label("Clip length"), range("clip", f.clipLowProperty(), f.clipHighProperty(), 500, 1000, "ms"));
        g.addRow(7, new Label("Layers"), spinner("layers", f.layersProperty(), 1, 16));
        TextField widths = new TextField();
        widths.setId("widths");
        widths.textProperty().bindBidirectional(f.widthsProperty());
        widths.setTooltip(new Tooltip("Channel options per layer, e.g. 16, 32, 64: the narrowest bounds the smallest network"));
        g.addRow(8, new Label("Widths"), widths);
        g.addRow(9, new Label("Primitives"), primitives(f));
        g.getChildren().forEach(n -> { if (n instanceof Label l) l.setMinWidth(Region.USE_PREF_SIZE); });
        Label validation = new Label();
        validation.setId("space-validation");
        validation.getStyleClass().add("validation");
        validation.textProperty().bind(f.validationProperty());
        return new VBox(8, g, validation);
    }

    private static CheckBox check(String text, String id, javafx.beans.property.BooleanProperty p) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.selectedProperty().bindBidirectional(p);
        return c;
    }

    private static Node range(String id, DoubleProperty low, DoubleProperty high, double min, double max, String unit) {
        RangeSlider r = new RangeSlider(min, max, low.get(), high.get());
        r.setId(id + "-range");
        r.setPrefWidth(180);
        r.setShowTickMarks(true);
        r.setMajorTickUnit(10);
        r.setMinorTickCount(9);
        r.setSnapToTicks(true);
        r.highValueProperty().bindBidirectional(high);
        r.lowValueProperty().bindBidirectional(low);
        Label text = new Label();
        text.setId(id + "-text");
        text.setMinWidth(Region.USE_PREF_SIZE);
        text.textProperty().bind(Bindings.format("%.0f – %.0f %s", low, high, unit));
        return new HBox(8, r, text);
    }

    private static Node spinner(String id, IntegerProperty p, int min, int max) {
        Spinner<Integer> s = new Spinner<>(min, max, p.get());
        s.setId(id);
        s.setPrefWidth(90);
        s.setEditable(true);
        ObjectProperty<Integer> boxed = p.asObject();
        s.getProperties().put("boxed", boxed); // bidirectional bindings are weak: keep the adapter alive
        s.getValueFactory().valueProperty().bindBidirectional(boxed);
        return s;
    }

    private static Node primitives(SpaceForm f) {
        CheckComboBox<Primitive> box = new CheckComboBox<>();
        box.setId("primitives");
        box.getItems().setAll(Primitive.values());
        box.setConverter(new StringConverter<>() {
            @Override public String toString(Primitive p) { return p == null ? "" : p.cliName(); }
            @Override public Primitive fromString(String s) { return Primitive.parse(s); }
        });
        box.setTooltip(new Tooltip("Candidate ops of every layer; zero lets the search drop a layer (never in the smallest network)"));
        box.setPrefWidth(300);
        box.setTitle("ops");
        box.setMinWidth(150);
        box.setShowCheckedCount(true);
        Runnable fromVm = () -> { box.getCheckModel().clearChecks(); f.primitives().forEach(p -> box.getCheckModel().check(p)); };
        fromVm.run();
        boolean[] syncing = {false};
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<Primitive>) c -> {
            if (!syncing[0]) f.primitives().setAll(List.copyOf(box.getCheckModel().getCheckedItems()));
        });
        f.primitives().addListener((ListChangeListener<Primitive>) c -> {
            if (f.primitives().equals(box.getCheckModel().getCheckedItems())) return;
            syncing[0] = true;
            fromVm.run();
            syncing[0] = false;
        });
        return box;
    }
}
