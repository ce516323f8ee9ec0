package dev.dartboard.ui.results;

import dev.dartboard.ui.common.FileDialogs;
import dev.dartboard.ui.common.ScrollPlace;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The Results page: run and axis on top, the Pareto chart beside the selected point's summary, Use/Train, the point's
 * genotype beside its confusion matrix, the point table, then the baseline. What training adds grows below the Train
 * button, and the page keeps the user's place ({@link ScrollPlace}). Builds and binds only.
 */
public final class ResultsView {
    private ResultsView() { }

    public static Node build(ResultsViewModel vm, FileDialogs dialogs) {
        Label title = new Label("Results");
        title.getStyleClass().add("page-title");
        Label message = new Label();
        message.setId("results-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        VBox chart = new VBox(4, ParetoChart.build(vm), ChartLegend.build());
        HBox.setHgrow(chart, javafx.scene.layout.Priority.ALWAYS);
        HBox main = new HBox(16, chart, DetailView.summary(vm.selectedProperty(), "point"));
        HBox point = new HBox(16, DetailView.diagram(vm.selectedProperty()), DetailView.confusion(vm.selectedProperty(), "point"));
        Label tableTitle = new Label("Every point (select a row to see it; points may overlap on the chart)");
        tableTitle.getStyleClass().add("section-title");
        tableTitle.setWrapText(true);
        HBox baseline = new HBox(16, DetailView.summary(vm.baselineProperty(), "baseline"), DetailView.confusion(vm.baselineProperty(), "baseline"));
        VBox page = new VBox(10, title, toolbar(vm, dialogs), message, main, actions(vm), point, tableTitle, PointTable.build(vm),
                baseline, baselineActions(vm));
        page.getStyleClass().add("page");
        page.setId("results-page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        ScrollPlace.keep(scroll);
        return scroll;
    }

    private static Node toolbar(ResultsViewModel vm, FileDialogs dialogs) {
        ChoiceBox<CostAxis> axis = new ChoiceBox<>();
        axis.setId("axis");
        axis.getItems().setAll(CostAxis.values());
        axis.valueProperty().bindBidirectional(vm.axisProperty());
        Button choose = new Button("Choose run…");
        choose.setId("choose-run");
        choose.setOnAction(e -> dialogs.chooseFolder("Search run folder (holds pareto.json)").ifPresent(vm::open));
        Button reload = new Button("Reload");
        reload.setId("reload-results");
        reload.setOnAction(e -> vm.reload());
        Button latest = new Button("Latest run");
        latest.setId("latest-run");
        latest.setOnAction(e -> vm.openLatest());
        return new HBox(8, new Label("Cost axis"), axis, choose, latest, reload);
    }

    private static Node actions(ResultsViewModel vm) {
        ResultsTraining t = vm.training();
        Button use = new Button("Use this point");
        use.setId("use-point");
        use.disableProperty().bind(vm.selectedProperty().isNull());
        use.setOnAction(e -> vm.useSelected());
        Spinner<Integer> epochs = new Spinner<>(1, 200, t.epochsProperty().get());
        epochs.setId("train-epochs");
        epochs.setEditable(true);
        epochs.setPrefWidth(80);
        epochs.valueProperty().addListener((o, a, v) -> t.epochsProperty().set(v));
        Button train = new Button("Train");
        train.setId("train-point");
        train.disableProperty().bind(vm.selectedProperty().isNull().or(t.runningProperty()));
        train.setOnAction(e -> vm.trainSelected());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-train");
        cancel.disableProperty().bind(t.runningProperty().not());
        cancel.setOnAction(e -> t.cancel());
        ProgressBar bar = new ProgressBar();
        bar.setId("train-progress");
        bar.progressProperty().bind(t.progressProperty());
        bar.visibleProperty().bind(t.runningProperty());
        Label text = new Label();
        text.setId("train-message");
        text.setWrapText(true);
        text.textProperty().bind(t.messageProperty());
        HBox row = new HBox(8, use, new Label("Epochs"), epochs, train, cancel, bar);
        for (var n : row.getChildren()) if (n instanceof javafx.scene.layout.Region r) r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ScrollPlace.keepFocusIn(row, use, train, cancel);
        return new VBox(4, row, text);
    }

    private static Node baselineActions(ResultsViewModel vm) {
        Button train = new Button("Train baseline");
        train.setId("train-baseline");
        train.disableProperty().bind(vm.baselineProperty().isNull().or(vm.training().runningProperty()));
        train.setOnAction(e -> vm.trainBaseline());
        HBox row = new HBox(8, train);
        ScrollPlace.keepFocusIn(row, train);
        return row;
    }
}
