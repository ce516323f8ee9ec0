package dev.dartboard.ui.data;

import dev.dartboard.model.FeatureType;
import dev.dartboard.ui.common.Banner;
import dev.dartboard.ui.common.HumanNames;
import dev.dartboard.ui.common.ThemedCanvas;
import dev.dartboard.ui.common.Waveform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The clip viewer: front-end fields, waveform and feature image (with its axes), play. The canvases follow the
 * viewer's width; a playback failure is a wrapped warning banner that never widens the viewer. Builds and binds only.
 */
final class ClipView {
    static final double WIDTH = 500;

    private ClipView() { }

    static Node build(ClipViewModel vm, FrontEndForm form) {
        ThemedCanvas wave = new ThemedCanvas(WIDTH, 110);
        wave.setId("waveform");
        ThemedCanvas feats = new ThemedCanvas(WIDTH, 170);
        feats.setId("features");
        Label name = new Label("Select a clip");
        name.setId("clip-name");
        name.setMinWidth(0);
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        Label shape = new Label();
        shape.getStyleClass().add("hint");
        shape.setWrapText(true);
        shape.setMinHeight(Region.USE_PREF_SIZE);
        Label yTop = axisLabel("features-y-top"), yBottom = axisLabel("features-y-bottom"), yName = axisLabel("features-y-axis");
        Label xStart = axisLabel("features-x-start"), xEnd = axisLabel("features-x-end"), xName = axisLabel("features-x-axis");
        Runnable draw = () -> {
            ClipPicture p = vm.pictureProperty().get();
            if (p == null) return;
            Waveform.show(wave, p.clip().samples());
            ClipCanvases.features(feats, p.features(), p.config().type() == FeatureType.MFCC);
        };
        vm.pictureProperty().addListener((o, a, p) -> {
            if (p == null) return;
            draw.run();
            name.setText(p.name() + " — " + Math.round(p.clip().durationMs()) + " ms at " + p.config().sampleRate() + " Hz");
            shape.setText(form.shapeText());
            int rows = p.features().length == 0 ? 0 : p.features()[0].length;
            boolean mfcc = p.config().type() == FeatureType.MFCC;
            yName.setText(mfcc ? "MFCC coefficient" : "mel bin");
            yTop.setText(Integer.toString(Math.max(0, rows - 1)));
            yBottom.setText("0");
            xStart.setText("0 ms");
            xEnd.setText(Math.round(p.config().clipMs()) + " ms");
            xName.setText(String.format(java.util.Locale.ROOT, "time → (%d frames, hop %s ms)", p.features().length, trim(p.config().hopMs())));
        });
        feats.setOnRestyle(draw);   // the waveform redraws itself (Waveform.show)
        wave.widthProperty().addListener(o -> draw.run());
        feats.widthProperty().addListener(o -> draw.run());
        Button play = new Button("▶ Play");
        play.setId("play");
        play.setMinWidth(Region.USE_PREF_SIZE);
        play.setOnAction(e -> vm.play());
        Node playback = Banner.of("playback", vm.playbackProperty(),
                Bindings.createObjectBinding(() -> vm.playbackProperty().get().startsWith("Cannot") ? Banner.Kind.WARNING : Banner.Kind.INFO,
                        vm.playbackProperty()), null);
        HBox top = new HBox(10, play, name);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, top, playback, frame(wave), heatMap(feats, yTop, yName, yBottom, xStart, xName, xEnd), shape, fields(form));
        box.setId("clip-viewer");
        box.setMinWidth(300);
        box.setPrefWidth(WIDTH + 60);
        box.setMaxWidth(900);
        return box;
    }

    /** The feature canvas with its value axis (feature index, bottom to top) on the left and time below. */
    private static Node heatMap(Canvas feats, Label yTop, Label yName, Label yBottom, Label xStart, Label xName, Label xEnd) {
        Region s1 = new Region(), s2 = new Region(), s3 = new Region();
        VBox.setVgrow(s1, Priority.ALWAYS);
        VBox.setVgrow(s2, Priority.ALWAYS);
        VBox y = new VBox(yTop, s1, new Group(yName), s2, yBottom);
        yName.setRotate(-90);
        y.setAlignment(Pos.CENTER_RIGHT);
        y.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(s3, Priority.ALWAYS);
        HBox x = new HBox(xStart, s3, xEnd);                       // the ends under the map's edges
        HBox name = new HBox(xName);                                // the axis name on a line of its own: a narrow map cuts nothing
        name.setAlignment(Pos.CENTER);
        BorderPane pane = new BorderPane(frame(feats));
        pane.setLeft(y);
        BorderPane.setMargin(y, new javafx.geometry.Insets(0, 4, 0, 0));
        VBox withX = new VBox(2, pane, x, name);
        var inset = Bindings.createObjectBinding(() -> new javafx.geometry.Insets(0, 0, 0, y.getWidth() + 4), y.widthProperty());
        x.paddingProperty().bind(inset);
        name.paddingProperty().bind(inset);
        return withX;
    }

    private static Label axisLabel(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().addAll("hint", "axis-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** A canvas that takes its frame's width (the frame may shrink to 280 px and grow with the window). */
    private static Node frame(Canvas c) {
        StackPane f = new StackPane(c);
        f.getStyleClass().add("canvas-frame");
        f.setMinWidth(280);
        f.setPrefWidth(WIDTH + 10);
        f.setMaxWidth(Double.MAX_VALUE);
        c.widthProperty().bind(Bindings.max(10, f.widthProperty().subtract(10)));
        return f;
    }

    private static Node fields(FrontEndForm form) {
        ComboBox<FeatureType> type = new ComboBox<>();
        type.getItems().setAll(FeatureType.values());
        type.setConverter(HumanNames.converter(FeatureType.class));
        type.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override protected void updateItem(FeatureType t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : HumanNames.of(t));
            }
        });
        type.valueProperty().bindBidirectional(form.typeProperty());
        type.setId("feature-type");
        type.setTooltip(new Tooltip("Log-mel: the mel filter bank's log energies; MFCC: their DCT, keeping the first coefficients"));
        Node coeffs = field("Coeffs", "coeffs", form.coeffsProperty(), "MFCC coefficients kept (log-mel keeps every mel bin)");
        coeffs.disableProperty().bind(form.typeProperty().isEqualTo(FeatureType.LOG_MEL));
        FlowPane row = new FlowPane(10, 6, field("Rate (Hz)", "sample-rate", form.sampleRateProperty(), "8000 or 16000 on the board"),
                new VBox(2, new Label("Features"), type),
                field("Window (ms)", "window-ms", form.windowMsProperty(), "Analysis window per frame"),
                field("Hop (ms)", "hop-ms", form.hopMsProperty(), "Step between frames: smaller means more frames, more RAM"),
                field("Mel bins", "mel-bins", form.melBinsProperty(), "Triangular mel filters"),
                coeffs,
                field("Clip (ms)", "clip-ms", form.clipMsProperty(), "Audio the model sees per decision"));
        Label validation = new Label();
        validation.setId("front-end-validation");
        validation.getStyleClass().add("validation");
        validation.setWrapText(true);
        validation.textProperty().bind(form.validationProperty());
        Label title = new Label("Front end");
        title.getStyleClass().add("section-title");
        return new VBox(4, title, row, validation);
    }

    private static Node field(String label, String id, StringProperty p, String tip) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(5);
        f.textProperty().bindBidirectional(p);
        f.setTooltip(new Tooltip(tip));
        Label l = new Label(label);
        l.setTooltip(new Tooltip(tip));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return new VBox(2, l, f);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
