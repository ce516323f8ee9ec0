package dev.dartboard.ui.results;

import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import java.util.Locale;

/**
 * A confusion matrix as a grid: rows = true class, columns = predicted class, with full class names: row headers as
 * they are, column headers turned to read upwards so a column is only as wide as its counts. Cells show counts,
 * over a shade of the theme's accent (diagonal) or error colour whose opacity grows with their share of the row, in
 * bold when it is most of the row; a last column gives each row's share
 * predicted right. Every header and cell has a tooltip in words. The grid never shrinks below its preferred size,
 * so nothing is cut to "…". FX thread.
 */
public final class ConfusionGrid {
    /** The narrowest cell, px: a count of up to four digits at the cells' font. */
    static final double CELL_WIDTH = 30;

    private ConfusionGrid() { }

    public static GridPane build() {
        GridPane g = new GridPane();
        g.setId("confusion");
        g.setHgap(2);
        g.setVgap(2);
        g.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        g.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return g;
    }

    public static void show(GridPane grid, TrainedMetrics m) {
        grid.getChildren().clear();
        if (m == null) return;
        int n = m.labels().size();
        for (int j = 0; j < n; j++) grid.add(columnHeader("predicted-" + j, m.labels().get(j), "Predicted " + m.labels().get(j)), j + 1, 0);
        grid.add(columnHeader("predicted-right", "right", "Share of the row predicted right (the class's recall)"), n + 1, 0);
        for (int i = 0; i < n; i++) {
            Label name = header(m.labels().get(i), "True class " + m.labels().get(i));
            name.setId("true-" + i);
            grid.add(name, 0, i + 1);
            int row = 0;
            for (int v : m.confusion()[i]) row += v;
            for (int j = 0; j < n; j++) grid.add(cell(m, i, j, row), j + 1, i + 1);
            grid.add(recall(m.confusion()[i][i], row, i), n + 1, i + 1);
        }
    }

    /** "true yes → predicted no: 3 of 40 (7.5% of the row)". */
    static String cellText(String actual, String predicted, int count, int row) {
        return String.format(Locale.ROOT, "true %s → predicted %s: %d of %d (%.1f%% of the row)", actual, predicted, count, row,
                row == 0 ? 0.0 : 100.0 * count / row);
    }

    private static Group columnHeader(String id, String text, String tip) {
        Label l = header(text, tip);
        l.setRotate(-90);
        Group g = new Group(l);   // a Group lays out by the turned bounds: the column is as wide as a line of text
        g.setId(id);   // on the grid's own child, as every other id here (the Deploy page prefixes them)
        GridPane.setHalignment(g, HPos.CENTER);
        GridPane.setValignment(g, VPos.BOTTOM);
        return g;
    }

    private static Label header(String text, String tip) {
        Label l = new Label(text);
        l.getStyleClass().add("confusion-header");
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setTooltip(new Tooltip(tip));
        return l;
    }

    /** The count (a Label with the id {@code cell-i-j}) over its shade. */
    private static StackPane cell(TrainedMetrics m, int i, int j, int row) {
        int count = m.confusion()[i][j];
        Label l = new Label(Integer.toString(count));
        l.setId("cell-" + i + "-" + j);
        l.setMinWidth(CELL_WIDTH);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setAlignment(Pos.CENTER);
        l.getStyleClass().add("confusion-cell");
        l.setTooltip(new Tooltip(cellText(m.labels().get(i), m.labels().get(j), count, row)));
        double share = row == 0 ? 0 : count / (double) row;
        if (share > 0.5) l.getStyleClass().add("confusion-strong");
        Region shade = new Region();
        shade.getStyleClass().add(i == j ? "confusion-hit" : "confusion-miss");
        shade.setOpacity(0.08 + 0.7 * share);
        return new StackPane(shade, l);
    }

    private static Label recall(int right, int row, int i) {
        Label l = new Label(row == 0 ? "—" : String.format(Locale.ROOT, "%.0f%%", 100.0 * right / row));
        l.setId("right-" + i);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.getStyleClass().addAll("confusion-cell", "hint");
        l.setTooltip(new Tooltip(row == 0 ? "No clip of this class in the split" : right + " of " + row + " predicted right"));
        return l;
    }
}
