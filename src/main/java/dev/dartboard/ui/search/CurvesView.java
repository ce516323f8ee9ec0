package dev.dartboard.ui.search;

import javafx.collections.ListChangeListener;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

import java.util.List;

/**
 * Loss (train, validation) and validation accuracy per step as two LineCharts, appended batch by batch. Both share
 * one step axis, 0 to the last step, in whole steps; accuracy is in percent on a fixed 0–100 axis, each measurement
 * a dot (one point still shows), with the supernet's accuracy on the whole validation split as the end point once the
 * search finished. While there is no accuracy (warm-up epochs measure none) the chart says so. Binds only.
 */
final class CurvesView {
    private CurvesView() { }

    static HBox build(LiveSearch live) {
        XYChart.Series<Number, Number> train = series("train loss"), val = series("validation loss"), acc = series("validation batch"),
                end = series("whole validation split, end");
        LineChart<Number, Number> loss = chart("Loss", "loss-chart", "cross-entropy");
        loss.getData().setAll(List.of(train, val));
        LineChart<Number, Number> accuracy = chart("Accuracy", "accuracy-chart", "accuracy (%)");
        accuracy.setCreateSymbols(true);
        NumberAxis percent = (NumberAxis) accuracy.getYAxis();
        percent.setAutoRanging(false);
        percent.setLowerBound(0);
        percent.setUpperBound(100);
        percent.setTickUnit(20);
        accuracy.getData().setAll(List.of(acc, end));
        Label none = new Label("No accuracy yet: warm-up epochs train the weights only and measure none.\n"
                + "The first search epoch, or the end of the search, adds it.");
        none.setId("accuracy-none");
        none.setWrapText(true);
        none.getStyleClass().add("hint");
        none.setMouseTransparent(true);
        Runnable steps = () -> {
            int last = 0;
            for (var s : List.of(train, val, acc, end))
                for (var d : s.getData()) last = Math.max(last, d.getXValue().intValue());
            for (LineChart<Number, Number> c : List.of(loss, accuracy)) wholeSteps((NumberAxis) c.getXAxis(), last);
            none.setVisible(acc.getData().isEmpty() && end.getData().isEmpty());
        };
        live.points().addListener((ListChangeListener<CurvePoint>) ch -> {
            while (ch.next()) {
                if (ch.wasRemoved() && live.points().isEmpty()) for (var s : List.of(train, val, acc)) s.getData().clear();
                for (CurvePoint p : ch.getAddedSubList()) {
                    train.getData().add(new XYChart.Data<>(p.step(), p.trainLoss()));
                    if (p.valLoss() != null) val.getData().add(new XYChart.Data<>(p.step(), p.valLoss()));
                    if (p.valAccuracy() != null) acc.getData().add(new XYChart.Data<>(p.step(), 100 * p.valAccuracy()));
                }
            }
            steps.run();
        });
        live.endAccuracyProperty().addListener((o, a, e) -> {
            end.getData().clear();
            if (e != null) end.getData().add(new XYChart.Data<>(e.step(), 100 * e.accuracy()));
            steps.run();
        });
        steps.run();
        StackPane accuracyBox = new StackPane(accuracy, none);
        javafx.scene.layout.VBox lossColumn = withLegend(loss, "loss-legend", List.of(train, val));
        javafx.scene.layout.VBox accuracyColumn = withLegend(accuracyBox, "accuracy-legend", List.of(acc, end));
        HBox.setHgrow(lossColumn, javafx.scene.layout.Priority.ALWAYS);
        HBox.setHgrow(accuracyColumn, javafx.scene.layout.Priority.ALWAYS);
        HBox box = new HBox(8, lossColumn, accuracyColumn);
        box.setId("curves");
        return box;
    }

    /**
     * The chart over a legend row of its own: a short line in each series' colour (the chart's default-colorN classes,
     * so the theme colours both alike) and its name. The charts' built-in legends did not show in the studio's 1280×800
     * and 1024×700 screenshots, which left the curves' colours unnamed.
     */
    private static javafx.scene.layout.VBox withLegend(javafx.scene.Node chart, String id, List<XYChart.Series<Number, Number>> series) {
        javafx.scene.layout.FlowPane legend = new javafx.scene.layout.FlowPane(14, 4);
        legend.setId(id);
        legend.setAlignment(javafx.geometry.Pos.CENTER);
        for (int i = 0; i < series.size(); i++) {
            javafx.scene.shape.Line swatch = new javafx.scene.shape.Line(0, 0, 16, 0);
            swatch.getStyleClass().addAll("chart-series-line", "series" + i, "default-color" + i);
            Label name = new Label(series.get(i).getName(), swatch);
            name.getStyleClass().add("legend-entry");
            legend.getChildren().add(name);
        }
        javafx.scene.layout.VBox.setVgrow(chart, javafx.scene.layout.Priority.ALWAYS);
        return new javafx.scene.layout.VBox(2, chart, legend);
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
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(INTEGER_TICKS);
        NumberAxis y = new NumberAxis();
        y.setLabel(yName);
        LineChart<Number, Number> c = new LineChart<>(x, y);
        c.setTitle(title);
        c.setId(id);
        c.setCreateSymbols(false);
        c.setAnimated(false);
        c.setLegendVisible(false);   // withLegend draws one that stays
        c.setPrefSize(400, 230);
        c.setMinSize(260, 200);
        c.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        return c;
    }

    /**
     * The step axis from 0 to one past {@code last} (room for the last dot to show whole), ticks a whole 1, 2 or
     * 5 × 10ⁿ steps apart, about ten of them.
     */
    static void wholeSteps(NumberAxis x, int last) {
        int upper = last + 1;
        x.setLowerBound(0);
        x.setUpperBound(upper);
        x.setTickUnit(tickUnit(upper));
    }

    /** The smallest of 1, 2, 5, 10, 20, 50, … that divides 0..{@code upper} into at most ten ticks. */
    static int tickUnit(int upper) {
        for (int unit = 1; ; unit *= 10)
            for (int m : new int[]{1, 2, 5})
                if ((long) unit * m * 10 >= upper) return unit * m;
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
