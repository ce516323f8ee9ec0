package dev.dartboard.ui.results;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** A confusion matrix as a grid: rows = true label, columns = predicted, cells shaded by row share in the theme's colours. FX thread. */
public final class ConfusionGrid {
    private ConfusionGrid() { }

    public static GridPane build() {
        GridPane g = new GridPane();
        g.setId("confusion");
        g.setHgap(2);
        g.setVgap(2);
        return g;
    }

    public static void show(GridPane grid, TrainedMetrics m) {
        grid.getChildren().clear();
        if (m == null) return;
        int n = m.labels().size();
        grid.add(new Label("true \\ predicted"), 0, 0);
        for (int j = 0; j < n; j++) grid.add(header(m.labels().get(j)), j + 1, 0);
        for (int i = 0; i < n; i++) {
            grid.add(header(m.labels().get(i)), 0, i + 1);
            int row = 0;
            for (int v : m.confusion()[i]) row += v;
            for (int j = 0; j < n; j++) grid.add(cell(m.confusion()[i][j], row, i == j, i, j), j + 1, i + 1);
        }
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("confusion-header");
        return l;
    }

    /**
     * The count over a shade of the theme's accent (diagonal: correct) or error colour, its opacity growing with the row
     * share; the count's Label has the id {@code cell-i-j}.
     */
    private static StackPane cell(int count, int row, boolean diagonal, int i, int j) {
        Label l = new Label(Integer.toString(count));
        l.setId("cell-" + i + "-" + j);
        l.setMinWidth(34);
        l.setAlignment(Pos.CENTER);
        l.getStyleClass().add("confusion-cell");
        double share = row == 0 ? 0 : count / (double) row;
        Region shade = new Region();
        shade.getStyleClass().add(diagonal ? "confusion-hit" : "confusion-miss");
        shade.setOpacity(0.08 + 0.7 * share);
        return new StackPane(shade, l);
    }
}
