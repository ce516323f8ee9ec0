package dev.dartboard.ui.results;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** What the Pareto chart plots: the chosen cost axis, the front's points on it and the budget's line. FX thread only. */
final class ResultsChart {
    private final ObjectProperty<CostAxis> axis = new SimpleObjectProperty<>(CostAxis.SRAM);
    private final ObservableList<ChartPoint> points = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper budgetX = new ReadOnlyDoubleWrapper();
    private ResultsSnapshot shown;

    ResultsChart() { axis.addListener((o, a, b) -> remap()); }

    ObjectProperty<CostAxis> axisProperty() { return axis; }

    ObservableList<ChartPoint> points() { return points; }

    ReadOnlyDoubleProperty budgetXProperty() { return budgetX.getReadOnlyProperty(); }

    /** Plots {@code s} on the current axis. */
    void show(ResultsSnapshot s) {
        shown = s;
        remap();
    }

    private void remap() {
        if (shown == null) return;
        budgetX.set(axis.get().limit(shown.front().budget()));
        points.setAll(ChartPoints.of(shown.front(), axis.get()));
    }
}
