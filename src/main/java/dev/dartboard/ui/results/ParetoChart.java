package dev.dartboard.ui.results;

import javafx.collections.ListChangeListener;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Accuracy vs the chosen cost: front points highlighted and joined (x ascending), dominated and
 * over-budget points dimmed and unjoined, the budget as a vertical line, the chosen point ringed, the
 * selected one enlarged. A click on a point selects it. Builds and binds only. FX thread.
 */
final class ParetoChart {
    private ParetoChart() { }

    static LineChart<Number, Number> build(ResultsViewModel vm) {
        NumberAxis x = new NumberAxis();
        NumberAxis y = new NumberAxis(0, 1, 0.1);
        y.setLabel("accuracy (supernet weights)");
        y.setAutoRanging(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("pareto-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setPrefSize(540, 360);
        chart.setMinWidth(420);
        Runnable redraw = () -> draw(chart, vm);
        vm.points().addListener((ListChangeListener<ChartPoint>) c -> redraw.run());
        vm.budgetXProperty().addListener((o, a, b) -> redraw.run());
        vm.selectedProperty().addListener((o, a, b) -> markSelected(chart, vm));
        return chart;
    }

    private static void draw(LineChart<Number, Number> chart, ResultsViewModel vm) {
        List<ChartPoint> pts = vm.points();
        NumberAxis x = (NumberAxis) chart.getXAxis();
        x.setLabel(vm.axisProperty().get().label());
        double right = Math.max(vm.budgetXProperty().get(), pts.stream().mapToDouble(ChartPoint::x).max().orElse(1));
        double tick = niceTick(right * 1.08 / 10);
        x.setAutoRanging(false);
        x.setLowerBound(0);
        x.setUpperBound(Math.ceil(right * 1.08 / tick) * tick);
        x.setTickUnit(tick);
        double lo = pts.stream().mapToDouble(ChartPoint::accuracy).min().orElse(0), hi = pts.stream().mapToDouble(ChartPoint::accuracy).max().orElse(1);
        NumberAxis y = (NumberAxis) chart.getYAxis();
        y.setLowerBound(Math.max(0, Math.floor((lo - 0.05) * 10) / 10));
        y.setUpperBound(Math.min(1, Math.ceil((hi + 0.05) * 10) / 10));
        var front = series("Pareto front", pts.stream().filter(p -> p.kind() == ChartPoint.Kind.FRONT)
                .sorted(Comparator.comparingDouble(ChartPoint::x)).toList(), vm);
        var dominated = series("dominated", pts.stream().filter(p -> p.kind() == ChartPoint.Kind.DOMINATED).toList(), vm);
        var over = series("over budget", pts.stream().filter(p -> p.kind() == ChartPoint.Kind.OVER_BUDGET).toList(), vm);
        XYChart.Series<Number, Number> budget = new XYChart.Series<>();
        budget.setName("budget");
        for (double v : new double[]{y.getLowerBound(), y.getUpperBound()}) {
            XYChart.Data<Number, Number> d = new XYChart.Data<>(vm.budgetXProperty().get(), v);
            StackPane none = new StackPane();
            none.setStyle("-fx-background-color: transparent; -fx-padding: 0;");
            d.setNode(none);
            budget.getData().add(d);
        }
        chart.getData().setAll(List.of(front, dominated, over, budget));
        dominated.getNode().setStyle("-fx-stroke: transparent;");
        over.getNode().setStyle("-fx-stroke: transparent;");
        budget.getNode().getStyleClass().add("budget-line");
        markSelected(chart, vm);
    }

    private static XYChart.Series<Number, Number> series(String name, List<ChartPoint> pts, ResultsViewModel vm) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (ChartPoint p : pts) {
            XYChart.Data<Number, Number> d = new XYChart.Data<>(p.x(), p.accuracy());
            d.setNode(symbol(p, vm));
            s.getData().add(d);
        }
        return s;
    }

    /** The chart resets its symbols' style classes, so the styled, clickable point sits inside a bare holder. */
    private static StackPane symbol(ChartPoint p, ResultsViewModel vm) {
        Region r = new Region();
        r.setId("point-" + p.id());
        r.getStyleClass().addAll("pareto-point", p.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (p.chosen()) r.getStyleClass().add("chosen");
        r.setUserData(p.id());
        Tooltip.install(r, new Tooltip(String.format(Locale.ROOT, "point %d: %.1f%%, %.1f %s%s", p.id(), 100 * p.accuracy(), p.x(),
                vm.axisProperty().get().unit(), p.chosen() ? " (in genotype.json)" : "")));
        r.setOnMouseClicked(e -> vm.select(p.id()));
        StackPane holder = new StackPane(r);
        holder.setStyle("-fx-background-color: transparent; -fx-padding: 0;");
        return holder;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceTick(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-9))));
        for (double m : new double[]{1, 2, 5, 10}) if (m * p >= raw) return m * p;
        return 10 * p;
    }

    private static void markSelected(LineChart<Number, Number> chart, ResultsViewModel vm) {
        PointDetail d = vm.selectedProperty().get();
        for (var s : chart.getData())
            for (var item : s.getData()) {
                if (!(item.getNode() instanceof StackPane holder) || holder.getChildren().isEmpty()) continue;
                var n = holder.getChildren().get(0);
                if (!(n.getUserData() instanceof Integer id)) continue;
                n.getStyleClass().remove("selected");
                if (d != null && d.id() == id) n.getStyleClass().add("selected");
            }
    }
}
