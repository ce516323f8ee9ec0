package dev.dartboard.ui.wizard;

import dev.dartboard.ui.common.ThemedCanvas;
import dev.dartboard.ui.common.Waveform;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

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
        ThemedCanvas original = canvas("wizard-original"), augmented = canvas("wizard-augmented");
        m.originalProperty().addListener((o, a, c) -> Waveform.show(original, c == null ? null : c.samples()));
        m.augmentedProperty().addListener((o, a, c) -> Waveform.show(augmented, c == null ? null : c.samples()));
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

    private static ThemedCanvas canvas(String id) {
        ThemedCanvas c = new ThemedCanvas(560, 110);
        c.setId(id);
        return c;
    }

    private static Node frame(Canvas c) {
        VBox box = new VBox(c);
        box.getStyleClass().add("canvas-frame");
        box.setMaxWidth(c.getWidth() + 10);
        return box;
    }
}
