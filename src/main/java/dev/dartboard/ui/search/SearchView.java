package dev.dartboard.ui.search;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.converter.LongStringConverter;

/** The Search page: settings and Start/Cancel on top, α and γ, the curves, the costs and the result below. Builds and binds only. */
public final class SearchView {
    private SearchView() { }

    public static Node build(SearchViewModel vm) {
        Label title = new Label("Search");
        title.getStyleClass().add("page-title");
        LiveSearch live = vm.live();
        HBox maps = new HBox(16, titled("Operations per layer (softmax α)", AlphaHeatMap.build(live)),
                titled("Front ends (softmax γ)", GammaBars.build(live)));
        HBox bottom = new HBox(16, titled("Current network (argmax) vs budgets", CostsView.build(live)),
                titled("Result", ResultView.build(vm)));
        VBox page = new VBox(8, title, controls(vm), maps, CurvesView.build(live), bottom);
        page.getStyleClass().add("page");
        page.setId("search-page");
        return page;
    }

    private static Node controls(SearchViewModel vm) {
        Spinner<Integer> epochs = spinner("epochs", 1, 100, vm.epochsProperty().get());
        epochs.getValueFactory().valueProperty().addListener((o, a, v) -> vm.epochsProperty().set(v));
        Spinner<Integer> configs = spinner("configs", 1, 16, vm.configsProperty().get());
        configs.getValueFactory().valueProperty().addListener((o, a, v) -> vm.configsProperty().set(v));
        TextField seed = new TextField();
        seed.setId("seed");
        seed.setPrefColumnCount(6);
        TextFormatter<Long> fmt = new TextFormatter<>(new LongStringConverter(), vm.seedProperty().get());
        seed.setTextFormatter(fmt);
        fmt.valueProperty().addListener((o, a, v) -> { if (v != null) vm.seedProperty().set(v); });
        Button start = new Button("Start");
        start.setId("start-search");
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.runningProperty());
        start.setOnAction(e -> vm.start());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-search");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        return new HBox(8, new Label("Epochs"), epochs, new Label("Front ends"), configs, new Label("Seed"), seed, start, cancel);
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int value) {
        Spinner<Integer> s = new Spinner<>(min, max, value);
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(80);
        return s;
    }

    private static VBox titled(String text, Node body) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return new VBox(4, l, body);
    }
}
