package dev.dartboard.ui.overview;

import dev.dartboard.ui.shell.Page;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/** The Overview page: one card per pipeline step. Builds and binds only. FX thread only. */
public final class OverviewView {
    private OverviewView() { }

    /** @param go shows a page (the step's action) */
    public static Node build(OverviewViewModel vm, Consumer<Page> go) {
        Label title = new Label("Overview");
        title.getStyleClass().add("page-title");
        Label hint = new Label("Where the project stands, from data to the board. The highlighted step is the next one.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox cards = new VBox(10);
        cards.setId("overview-steps");
        Runnable fill = () -> cards.getChildren().setAll(vm.steps().stream().map(s -> card(s, go)).toList());
        vm.steps().addListener((ListChangeListener<OverviewStep>) c -> fill.run());
        fill.run();
        VBox page = new VBox(12, title, hint, cards);
        page.getStyleClass().add("page");
        page.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setId("overview-page");
        scroll.getStyleClass().add("page-scroll");
        return scroll;
    }

    private static Node card(OverviewStep s, Consumer<Page> go) {
        Label badge = new Label(switch (s.state()) { case DONE -> "✔"; case NEXT -> "➜"; case LATER -> "○"; });
        badge.getStyleClass().add("step-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label(s.title());
        title.getStyleClass().add("section-title");
        Label detail = new Label(s.detail());
        detail.setId("step-" + s.id() + "-detail");
        detail.setWrapText(true);
        VBox text = new VBox(2, title, detail);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button action = new Button(s.action());
        action.setId("step-" + s.id() + "-action");
        action.setMinWidth(Region.USE_PREF_SIZE);
        action.setTooltip(new Tooltip("Opens " + s.page().title()));
        action.setOnAction(e -> go.accept(s.page()));
        if (s.state() == OverviewStep.State.NEXT) action.getStyleClass().add("accent");
        HBox card = new HBox(14, badge, text, action);
        card.setAlignment(Pos.CENTER_LEFT);
        card.setId("step-" + s.id());
        card.getStyleClass().addAll("step-card", "step-" + s.state().name().toLowerCase());
        return card;
    }
}
