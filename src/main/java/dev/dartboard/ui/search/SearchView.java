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
        HBox maps = new HBox(16, titled("Operations per layer (softmax α)", AlphaHeatMap.build(live)),
                titled("Front ends (softmax γ)", GammaBars.build(live)));
        HBox bottom = new HBox(16, titled("Current network (argmax) vs budgets", CostsView.build(live)),
                titled("Result", ResultView.build(vm)));
        VBox page = new VBox(8, title, SearchControls.build(vm, dialogs), maps, CurvesView.build(live), bottom);
        page.getStyleClass().add("page");
        page.setId("search-page");
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(page);   // small windows scroll, nothing is cut
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static VBox titled(String text, Node body) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return new VBox(4, l, body);
    }
}
