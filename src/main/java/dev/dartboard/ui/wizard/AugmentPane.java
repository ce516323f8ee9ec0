package dev.dartboard.ui.wizard;

import dev.dartboard.audio.PcmClip;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

import java.nio.file.Path;

/** The augmentation preview: the keyword's clips, the chosen clip's waveform and its augmented version, play buttons. Binds only. */
final class AugmentPane {
    private AugmentPane() { }

    static Node build(AugmentModel m) {
        ListView<Path> clips = new ListView<>(m.clips());
        clips.setId("wizard-clips");
        clips.setPrefSize(240, 260);
        clips.setCellFactory(l -> new ListCell<>() {
            @Override protected void updateItem(Path p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.getFileName().toString());
            }
        });
        clips.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> m.select(p));
        Canvas original = canvas("wizard-original"), augmented = canvas("wizard-augmented");
        m.originalProperty().addListener((o, a, c) -> draw(original, c));
        m.augmentedProperty().addListener((o, a, c) -> draw(augmented, c));
        Button playOriginal = new Button("▶ Play original");
        playOriginal.setOnAction(e -> m.play(false));
        Button playAugmented = new Button("▶ Play augmented");
        playAugmented.setId("wizard-play-augmented");
        playAugmented.setOnAction(e -> m.play(true));
        Button again = new Button("Augment again");
        again.setId("wizard-augment-next");
        again.setOnAction(e -> m.next());
        Label draw = new Label();
        draw.setId("wizard-draw");
        draw.textProperty().bind(m.drawTextProperty());
        VBox waves = new VBox(6, new Label("Original"), frame(original), new Label("Augmented (what training may see)"), frame(augmented),
                draw, new HBox(8, playOriginal, playAugmented, again));
        return new VBox(10, WizardSteps.section("Preview augmentations"), WizardSteps.hint("Training varies every clip: speed, pitch, "
                + "loudness, timing and background noise. Listen to a few draws to check they still sound like your keyword."),
                new HBox(16, clips, waves));
    }

    private static Canvas canvas(String id) {
        Canvas c = new Canvas(560, 110);
        c.setId(id);
        return c;
    }

    private static Node frame(Canvas c) {
        VBox box = new VBox(c);
        box.getStyleClass().add("canvas-frame");
        box.setMaxWidth(c.getWidth() + 10);
        return box;
    }

    /** Min/max per pixel column, full scale = half the height. */
    static void draw(Canvas canvas, PcmClip clip) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight(), mid = h / 2;
        g.setFill(Color.web("#10141c"));
        g.fillRect(0, 0, w, h);
        if (clip == null || clip.samples().length == 0) return;
        float[] s = clip.samples();
        g.setStroke(Color.web("#5fa8ff"));
        for (int x = 0; x < (int) w; x++) {
            int from = (int) ((long) x * s.length / (int) w), to = Math.max(from + 1, (int) ((long) (x + 1) * s.length / (int) w));
            float lo = 1, hi = -1;
            for (int i = from; i < Math.min(to, s.length); i++) { lo = Math.min(lo, s[i]); hi = Math.max(hi, s[i]); }
            g.strokeLine(x + 0.5, mid - hi * mid, x + 0.5, mid - lo * mid);
        }
    }
}
