package dev.dartboard.ui.data;

import dev.dartboard.model.FeatureType;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/** The clip viewer: front-end fields, waveform and feature image, play. Builds and binds only. */
final class ClipView {
    static final double WIDTH = 500;

    private ClipView() { }

    static Node build(ClipViewModel vm, FrontEndForm form) {
        Canvas wave = new Canvas(WIDTH, 110);
        wave.setId("waveform");
        Canvas feats = new Canvas(WIDTH, 170);
        feats.setId("features");
        Label name = new Label("Select a clip");
        name.setId("clip-name");
        Label shape = new Label();
        shape.getStyleClass().add("hint");
        vm.pictureProperty().addListener((o, a, p) -> {
            if (p == null) return;
            ClipCanvases.waveform(wave, p.clip().samples(), Color.web("#2f6fde"), Color.web("#f0f3f8"));
            ClipCanvases.features(feats, p.features(), p.config().type() == FeatureType.MFCC);
            name.setText(p.name() + " — " + Math.round(p.clip().durationMs()) + " ms at " + p.config().sampleRate() + " Hz");
            shape.setText(form.shapeText());
        });
        Button play = new Button("▶ Play");
        play.setId("play");
        play.setOnAction(e -> vm.play());
        Label playback = new Label();
        playback.textProperty().bind(vm.playbackProperty());
        VBox box = new VBox(8, new HBox(10, play, name), playback, frame(wave), frame(feats), shape, fields(form));
        box.setId("clip-viewer");
        return box;
    }

    private static Node frame(Canvas c) {
        VBox f = new VBox(c);
        f.getStyleClass().add("canvas-frame");
        f.setMaxWidth(WIDTH + 10);
        return f;
    }

    private static Node fields(FrontEndForm form) {
        ComboBox<FeatureType> type = new ComboBox<>();
        type.getItems().setAll(FeatureType.values());
        type.valueProperty().bindBidirectional(form.typeProperty());
        type.setId("feature-type");
        FlowPane row = new FlowPane(10, 6, field("Rate (Hz)", "sample-rate", form.sampleRateProperty(), "8000 or 16000 on the board"),
                new VBox(2, new Label("Features"), type),
                field("Window (ms)", "window-ms", form.windowMsProperty(), "Analysis window per frame"),
                field("Hop (ms)", "hop-ms", form.hopMsProperty(), "Step between frames: smaller means more frames, more RAM"),
                field("Mel bins", "mel-bins", form.melBinsProperty(), "Triangular mel filters"),
                field("Coeffs", "coeffs", form.coeffsProperty(), "MFCC coefficients kept (ignored for log-mel)"),
                field("Clip (ms)", "clip-ms", form.clipMsProperty(), "Audio the model sees per decision"));
        Label validation = new Label();
        validation.setId("front-end-validation");
        validation.getStyleClass().add("validation");
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
        return new VBox(2, new Label(label), f);
    }
}
