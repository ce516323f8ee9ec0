package dev.dartboard.ui.results;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * The selected point (or the baseline) in three parts the page places apart: the summary (title, front end, costs
 * vs budget, trained accuracy), the genotype diagram, and the trained confusion matrix (shown once trained). Each
 * part follows {@code detail}. Binds only.
 */
final class DetailView {
    private DetailView() { }

    /** @param prefix id prefix of the nodes ("point" or "baseline") */
    static Node summary(ObservableValue<PointDetail> detail, String prefix) {
        Label title = label(prefix + "-title", "section-title");
        Label data = label(prefix + "-data", "hint");
        VBox costs = new VBox(2);
        costs.setId(prefix + "-costs");
        Label trained = label(prefix + "-trained", null);
        VBox text = new VBox(6, title, data, costs, trained);
        text.setPrefWidth(340);
        text.setMinWidth(260);
        text.setMaxWidth(420);
        Runnable show = () -> {
            PointDetail d = detail.getValue();
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
        };
        detail.addListener((o, a, d) -> show.run());
        show.run();
        visibleWith(text, detail);
        return text;
    }

    /** The genotype as boxes, in a scroll pane of its own. */
    static Node diagram(ObservableValue<PointDetail> detail) {
        VBox diagram = GenotypeDiagram.build();
        detail.addListener((o, a, d) -> { if (d != null) GenotypeDiagram.show(diagram, d.boxes()); });
        if (detail.getValue() != null) GenotypeDiagram.show(diagram, detail.getValue().boxes());
        ScrollPane scroll = new ScrollPane(diagram);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(240);
        scroll.setPrefViewportHeight(360);
        scroll.setMinWidth(250);
        visibleWith(scroll, detail);
        return scroll;
    }

    /** "Confusion matrix (test split)", how to read it and the grid; takes no room until the point is trained. */
    static Node confusion(ObservableValue<PointDetail> detail, String prefix) {
        Label title = new Label();
        title.setId(prefix + "-confusion-title");
        title.getStyleClass().add("section-title");
        Label how = label(null, "hint");
        how.setText("Rows: true class · columns: predicted class · shade: share of the row. Hover a cell for its numbers.");
        GridPane grid = ConfusionGrid.build();
        grid.setId(prefix + "-confusion");
        VBox box = new VBox(4, title, how, grid);
        box.setMinWidth(Region.USE_PREF_SIZE);
        how.maxWidthProperty().bind(grid.widthProperty().map(w -> Math.max(260, w.doubleValue())));
        Runnable show = () -> {
            PointDetail d = detail.getValue();
            TrainedMetrics m = d == null ? null : d.trained();
            title.setText(m == null ? "" : "Confusion matrix (" + m.split() + " split, " + m.labels().size() + " classes)");
            ConfusionGrid.show(grid, m);
            box.setVisible(m != null);
            box.setManaged(m != null);
        };
        detail.addListener((o, a, d) -> show.run());
        show.run();
        return box;
    }

    private static void visibleWith(Node n, ObservableValue<PointDetail> detail) {
        n.visibleProperty().bind(Bindings.createBooleanBinding(() -> detail.getValue() != null, detail));
    }

    private static Label label(String id, String style) {
        Label l = new Label();
        if (id != null) l.setId(id);
        l.setWrapText(true);
        if (style != null) l.getStyleClass().add(style);
        return l;
    }
}
