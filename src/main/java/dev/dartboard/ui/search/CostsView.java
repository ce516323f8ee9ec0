package dev.dartboard.ui.search;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;

import java.util.List;

/** SRAM, flash and latency of the current argmax network (expected costs before the first architecture step) against the budgets: a bar (share of the budget) and a label, green or red. Binds only. */
final class CostsView {
    private CostsView() { }

    static GridPane build(LiveSearch live) {
        GridPane grid = new GridPane();
        grid.setId("costs");
        grid.setHgap(8);
        grid.setVgap(4);
        List<String> names = List.of("sram", "flash", "latency");
        ProgressBar[] bars = new ProgressBar[3];
        Label[] labels = new Label[3];
        for (int i = 0; i < 3; i++) {
            bars[i] = new ProgressBar(0);
            bars[i].setPrefWidth(160);
            labels[i] = new Label("—");
            labels[i].setId(names.get(i) + "-expected");
            grid.addRow(i, bars[i], labels[i]);
        }
        live.costs().addListener((ListChangeListener<CostReading>) ch -> {
            for (int i = 0; i < 3 && i < live.costs().size(); i++) show(live.costs().get(i), bars[i], labels[i]);
        });
        return grid;
    }

    private static void show(CostReading r, ProgressBar bar, Label label) {
        bar.setProgress(Math.min(1, r.share()));
        label.setText(r.text());
        for (var n : List.of(bar, label)) {
            n.getStyleClass().removeAll("verdict-ok", "verdict-over");
            n.getStyleClass().add(r.over() ? "verdict-over" : "verdict-ok");
        }
    }
}
