package dev.dartboard.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The honest placeholder of a page whose engine has not landed: what it will show, no fake controls. */
final class PendingPageView {
    private PendingPageView() { }

    static Node build(Page page) {
        Label title = new Label(page.title());
        title.getStyleClass().add("page-title");
        Label body = new Label("This page arrives with " + page.pendingOn() + ".\n"
                + "Until then the CLI (bin/dartboard) covers data, features and the board link.");
        body.setWrapText(true);
        body.getStyleClass().add("pending-note");
        VBox box = new VBox(12, title, body);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().addAll("page", "pending-page");
        box.setId("pending-" + page.name().toLowerCase());
        return box;
    }
}
