package dev.dartboard.ui.search;

import javafx.collections.ListChangeListener;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.HBox;

/** Loss (train, validation) and validation accuracy per step as two LineCharts, appended batch by batch. Binds only. */
final class CurvesView {
    private CurvesView() { }

    static HBox build(LiveSearch live) {
        XYChart.Series<Number, Number> train = series("train loss"), val = series("validation loss"), acc = series("validation accuracy");
        LineChart<Number, Number> loss = chart("Loss", "loss-chart");
        loss.getData().setAll(java.util.List.of(train, val));
        LineChart<Number, Number> accuracy = chart("Accuracy", "accuracy-chart");
        accuracy.getData().add(acc);
        live.points().addListener((ListChangeListener<CurvePoint>) ch -> {
            while (ch.next()) {
                if (ch.wasRemoved() && live.points().isEmpty()) for (var s : java.util.List.of(train, val, acc)) s.getData().clear();
                for (CurvePoint p : ch.getAddedSubList()) {
                    train.getData().add(new XYChart.Data<>(p.step(), p.trainLoss()));
                    if (p.valLoss() != null) val.getData().add(new XYChart.Data<>(p.step(), p.valLoss()));
                    if (p.valAccuracy() != null) acc.getData().add(new XYChart.Data<>(p.step(), p.valAccuracy()));
                }
            }
        });
        HBox box = new HBox(8, loss, accuracy);
        box.setId("curves");
        return box;
    }

    private static XYChart.Series<Number, Number> series(String name) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        return s;
    }

    private static LineChart<Number, Number> chart(String title, String id) {
        NumberAxis x = new NumberAxis();
        x.setLabel("step");
        x.setForceZeroInRange(false);
        LineChart<Number, Number> c = new LineChart<>(x, new NumberAxis());
        c.setTitle(title);
        c.setId(id);
        c.setCreateSymbols(false);
        c.setAnimated(false);
        c.setPrefSize(400, 210);
        return c;
    }
}
