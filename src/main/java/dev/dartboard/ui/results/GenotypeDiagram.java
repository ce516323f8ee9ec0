package dev.dartboard.ui.results;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.List;

/** A network as a vertical stack of boxes (input at the top, classifier at the bottom), joined by arrows. FX thread. */
public final class GenotypeDiagram {
    private GenotypeDiagram() { }

    public static VBox build() {
        VBox box = new VBox(0);
        box.setId("genotype-diagram");
        box.setAlignment(Pos.TOP_CENTER);
        box.setMinWidth(230);
        return box;
    }

    public static void show(VBox diagram, List<LayerBox> boxes) {
        diagram.getChildren().clear();
        for (int i = 0; i < boxes.size(); i++) {
            if (i > 0) {
                Label arrow = new Label("↓");
                arrow.getStyleClass().add("net-arrow");
                diagram.getChildren().add(arrow);
            }
            LayerBox b = boxes.get(i);
            Label l = new Label(b.title() + "\n" + b.detail());
            l.setId("layer-box-" + i);
            l.getStyleClass().addAll("net-box", "net-" + b.kind());
            l.setMaxWidth(Double.MAX_VALUE);
            l.setAlignment(Pos.CENTER);
            l.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            diagram.getChildren().add(l);
        }
    }
}
