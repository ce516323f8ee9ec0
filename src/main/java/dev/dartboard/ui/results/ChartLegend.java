package dev.dartboard.ui.results;

import javafx.scene.layout.Region;

/** The Pareto chart's key. FX thread. */
final class ChartLegend {
    private ChartLegend() { }

    /** The chart's key, drawn with the points' own styles (the built-in legend knows only series colours). */
    static javafx.scene.layout.FlowPane build() {
        javafx.scene.layout.FlowPane box = new javafx.scene.layout.FlowPane(14, 4);
        box.setId("pareto-legend");
        box.setAlignment(javafx.geometry.Pos.CENTER);
        String[][] keys = {{"front", "Pareto front (joined)"}, {"dominated", "dominated"}, {"over-budget", "over budget"},
                {"front chosen", "in genotype.json"}};
        for (String[] k : keys) {
            Region dot = new Region();
            dot.getStyleClass().add("pareto-point");
            dot.getStyleClass().addAll(k[0].split(" "));
            dot.setMouseTransparent(true);
            dot.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            dot.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            box.getChildren().add(new javafx.scene.layout.HBox(5, dot, key(k[1])));
        }
        Region dash = new Region();
        dash.getStyleClass().add("budget-key");
        box.getChildren().add(new javafx.scene.layout.HBox(5, dash, key("budget")));
        for (var n : box.getChildren()) ((javafx.scene.layout.HBox) n).setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private static javafx.scene.control.Label key(String text) {
        javafx.scene.control.Label l = new javafx.scene.control.Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
