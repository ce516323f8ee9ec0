package dev.dartboard.ui.search;

import dev.dartboard.ui.common.FileDialogs;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Search page: settings, Start/Pause/Resume/Cancel and the run folder on top, α and γ, the curves, the costs and the result below. Builds and binds only. */
public final class SearchView {
    private SearchView() { }

    public static Node build(SearchViewModel vm, FileDialogs dialogs) {
        Label title = new Label("Search");
        title.getStyleClass().add("page-title");
        LiveSearch live = vm.live();
        javafx.scene.layout.FlowPane maps = new javafx.scene.layout.FlowPane(16, 8, titled("Operations per layer (softmax α)", AlphaHeatMap.build(live)),
                titled("Front ends (softmax γ)", GammaBars.build(live)));   // side by side where they fit, else one above the other
        HBox bottom = new HBox(16, titled("Current network (argmax) vs budgets", CostsView.build(live)),
                titled("Result", ResultView.build(vm)));
        javafx.scene.Node curves = CurvesView.build(live);
        VBox.setVgrow(curves, javafx.scene.layout.Priority.ALWAYS);
        VBox page = new VBox(8, title, SearchControls.build(vm, dialogs), progress(live), maps, curves, bottom);
        page.getStyleClass().add("page");
        page.setId("search-page");
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(page);   // small windows scroll, nothing is cut
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);   // the charts take the height a large window gives
        scroll.getStyleClass().add("page-scroll");
        return scroll;
    }

    /** The run's progress bar (indeterminate while features are prepared), its steps and time left, and what it is doing. */
    private static Node progress(LiveSearch live) {
        javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar();
        bar.setId("search-progress");
        bar.progressProperty().bind(live.progressProperty());
        bar.setPrefWidth(260);
        bar.setMinWidth(120);
        Label steps = new Label();
        steps.setId("search-eta");
        steps.textProperty().bind(live.progressTextProperty());
        steps.setMinWidth(0);
        Label state = new Label();
        state.setId("search-state");
        state.textProperty().bind(live.stateProperty());
        state.setWrapText(true);
        state.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(10, bar, steps);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(4, row, state);
    }

    private static VBox titled(String text, Node body) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return new VBox(4, l, body);
    }
}
