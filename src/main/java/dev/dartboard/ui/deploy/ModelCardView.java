package dev.dartboard.ui.deploy;

import dev.dartboard.ui.results.ConfusionGrid;
import dev.dartboard.ui.results.GenotypeDiagram;
import dev.dartboard.ui.results.TrainedMetrics;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A run's {@link ModelCard} rendered: title, front end, network diagram, sizes table, accuracy, both confusion matrices. FX thread. */
final class ModelCardView {
    private ModelCardView() { }

    static VBox build(ObservableValue<ModelCard> card) {
        Label title = wrapped("card-title");
        title.getStyleClass().add("card-title");
        title.setStyle("-fx-font-weight: bold");
        Label frontEnd = wrapped("card-front-end");
        VBox diagram = GenotypeDiagram.build();
        diagram.setId("card-genotype");
        diagram.setMinWidth(180);
        GridPane sizes = new GridPane();
        sizes.setId("card-sizes");
        sizes.setMinWidth(Region.USE_PREF_SIZE);
        sizes.setHgap(14);
        sizes.setVgap(2);
        Label accuracy = wrapped("card-accuracy");
        GridPane floatGrid = grid("card-float-confusion"), int8Grid = grid("card-int8-confusion");
        Label floatTitle = new Label("Float (metrics.json)"), int8Title = new Label("int8 (quant.json)");
        VBox matrices = new VBox(4, floatTitle, floatGrid, int8Title, int8Grid);
        matrices.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane network = new FlowPane(14, 10, diagram, matrices);   // side by side, or stacked when narrow
        VBox box = new VBox(6, title, frontEnd, sizes, accuracy, network);
        box.setId("model-card");
        Runnable show = () -> {
            ModelCard c = card.getValue();
            box.setVisible(c != null);
            box.setManaged(c != null);
            if (c == null) return;
            title.setText(c.title());
            frontEnd.setText("Front end: " + c.frontEnd());
            GenotypeDiagram.show(diagram, c.layers());
            sizes.getChildren().clear();
            String[] head = {"", "Estimated", "Built (M4 library)", "Budget"};
            for (int j = 0; j < head.length; j++) sizes.add(bold(head[j]), j, 0);
            for (int i = 0; i < c.sizes().size(); i++) {
                ModelCard.SizeRow r = c.sizes().get(i);
                String[] cells = {r.what(), r.estimated(), r.built(), r.budget()};
                for (int j = 0; j < cells.length; j++) {
                    Label l = new Label(cells[j]);
                    l.setId("card-size-" + i + "-" + j);
                    sizes.add(l, j, i + 1);
                }
            }
            accuracy.setText(c.accuracy());
            matrix(floatTitle, floatGrid, c.floatMatrix(), "card-float-");
            matrix(int8Title, int8Grid, c.int8Matrix(), "card-int8-");
        };
        card.addListener((o, a, b) -> show.run());
        show.run();
        return box;
    }

    private static void matrix(Label title, GridPane grid, TrainedMetrics m, String prefix) {
        title.setVisible(m != null);
        title.setManaged(m != null);
        grid.setVisible(m != null);
        grid.setManaged(m != null);
        ConfusionGrid.show(grid, m);
        for (Node n : grid.getChildren()) prefixIds(n, prefix);   // ids unique across pages
    }

    /** Prefixes the ids of {@code n} and of the nodes inside it (a cell's count sits in a shaded pane). */
    private static void prefixIds(Node n, String prefix) {
        if (n.getId() != null) n.setId(prefix + n.getId());
        if (n instanceof javafx.scene.Parent p) for (Node c : p.getChildrenUnmodifiable()) prefixIds(c, prefix);
    }

    private static GridPane grid(String id) {
        GridPane g = ConfusionGrid.build();
        g.setId(id);
        g.setMinWidth(Region.USE_PREF_SIZE);
        return g;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold");
        return l;
    }

    private static Label wrapped(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        return l;
    }
}
