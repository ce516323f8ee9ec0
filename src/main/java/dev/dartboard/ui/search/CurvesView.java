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
        LineChart<Number, Number> loss = chart("Loss", "loss-chart", "cross-entropy");
        loss.getData().setAll(java.util.List.of(train, val));
        LineChart<Number, Number> accuracy = chart("Accuracy", "accuracy-chart", "accuracy");
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
        HBox.setHgrow(loss, javafx.scene.layout.Priority.ALWAYS);
        HBox.setHgrow(accuracy, javafx.scene.layout.Priority.ALWAYS);
        HBox box = new HBox(8, loss, accuracy);
        box.setId("curves");
        return box;
    }

    private static XYChart.Series<Number, Number> series(String name) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        return s;
    }

    /** A growing line chart over steps: whole-step ticks only, a named y axis and a legend naming each colour. */
    private static LineChart<Number, Number> chart(String title, String id, String yName) {
        NumberAxis x = new NumberAxis();
        x.setLabel("step");
        x.setForceZeroInRange(false);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(INTEGER_TICKS);
        NumberAxis y = new NumberAxis();
        y.setLabel(yName);
        LineChart<Number, Number> c = new LineChart<>(x, y);
        c.setTitle(title);
        c.setId(id);
        c.setCreateSymbols(false);
        c.setAnimated(false);
        c.setLegendVisible(true);
        c.setPrefSize(400, 230);
        c.setMinSize(260, 200);
        c.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        return c;
    }

    /** Steps are whole numbers: a tick between two steps gets no label. */
    static final javafx.util.StringConverter<Number> INTEGER_TICKS = new javafx.util.StringConverter<>() {
        @Override public String toString(Number n) {
            double v = n.doubleValue();
            return Math.abs(v - Math.rint(v)) < 1e-9 ? Long.toString(Math.round(v)) : "";
        }
        @Override public Number fromString(String s) { return Double.valueOf(s); }
    };
}
