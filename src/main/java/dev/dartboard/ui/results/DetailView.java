package dev.dartboard.ui.results;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;

/** The selected point (or the baseline): title, genotype diagram, front end, costs vs budget, trained accuracy and confusion matrix. Binds only. */
final class DetailView {
    private DetailView() { }

    /** @param prefix id prefix of the nodes ("point" or "baseline") */
    static Node build(javafx.beans.value.ObservableValue<PointDetail> detail, String prefix, boolean withDiagram) {
        Label title = label(prefix + "-title", "section-title");
        Label data = label(prefix + "-data", "hint");
        VBox costs = new VBox(2);
        costs.setId(prefix + "-costs");
        Label trained = label(prefix + "-trained", null);
        GridPane confusion = ConfusionGrid.build();
        confusion.setId(prefix + "-confusion");
        VBox diagram = GenotypeDiagram.build();
        VBox text = new VBox(6, title, data, costs, trained, confusion);
        text.setPrefWidth(340);
        text.setMinWidth(300);
        text.setMaxWidth(420);
        detail.addListener((o, a, d) -> {
            if (d == null) return;
            title.setText(d.title());
            data.setText(d.dataConfig());
            costs.getChildren().clear();
            for (int i = 0; i < d.costs().size(); i++) {
                Label l = new Label(d.costs().get(i));
                l.setMinWidth(Region.USE_PREF_SIZE);
                l.getStyleClass().add(i == d.costs().size() - 1 ? "hint" : d.over().get(i) ? "verdict-over" : "verdict-ok");
                costs.getChildren().add(l);
            }
            trained.setText(d.trained() == null ? "Not trained yet (Train writes " + d.trainedRun().getFileName() + "/)."
                    : String.format(Locale.ROOT, "Trained: %.1f%% on the %s split (%s)", 100 * d.trained().accuracy(), d.trained().split(), d.trainedRun())
                    + (d.trained().detectionLine().isEmpty() ? "" : "\n" + d.trained().detectionLine()));
            ConfusionGrid.show(confusion, d.trained());
            GenotypeDiagram.show(diagram, d.boxes());
        });
        Node node = text;
        if (withDiagram) {
            ScrollPane scroll = new ScrollPane(diagram);
            scroll.setFitToWidth(true);
            scroll.setPrefViewportWidth(240);
            scroll.setPrefViewportHeight(400);
            scroll.setMinWidth(250);
            node = new HBox(12, scroll, text);
        }
        node.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> detail.getValue() != null, detail));
        return node;
    }

    private static Label label(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        if (style != null) l.getStyleClass().add(style);
        return l;
    }
}
