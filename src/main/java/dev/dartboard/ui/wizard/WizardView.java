package dev.dartboard.ui.wizard;

import dev.dartboard.ui.common.FileDialogs;
import dev.dartboard.ui.record.RecordView;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.Map;

/** The custom-keyword wizard: the step list on the left, the current step, Back/Next below. Builds and binds only. */
public final class WizardView {
    private WizardView() { }

    public static Node build(WizardViewModel vm, FileDialogs dialogs) {
        Label title = new Label("New keyword");
        title.getStyleClass().add("page-title");
        Label hint = new Label("Teach the board your own word: name it, record a few takes, let Dartboard speak it in many voices "
                + "with look-alike words as negatives, then search for a model that fits.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        Map<WizardStep, Node> panes = new EnumMap<>(WizardStep.class);
        panes.put(WizardStep.NAME, WizardSteps.name(vm, dialogs));
        panes.put(WizardStep.RECORD, WizardSteps.record(vm, RecordView.build(vm.recorder()), dialogs));
        panes.put(WizardStep.SYNTHESIZE, SynthesisPane.build(vm));
        panes.put(WizardStep.AUGMENT, AugmentPane.build(vm.augment()));
        panes.put(WizardStep.SEARCH, WizardSteps.search(vm));
        StackPane centre = new StackPane();
        centre.getChildren().setAll(panes.get(vm.stepProperty().get()));
        vm.stepProperty().addListener((o, a, s) -> centre.getChildren().setAll(panes.get(s)));
        BorderPane body = new BorderPane(centre);
        body.setLeft(steps(vm));
        body.setBottom(buttons(vm));
        VBox page = new VBox(10, title, hint, body);
        VBox.setVgrow(body, Priority.ALWAYS);
        page.getStyleClass().add("page");
        page.setId("wizard-page");
        return page;
    }

    private static Node steps(WizardViewModel vm) {
        ListView<WizardStep> list = new ListView<>();
        list.setId("wizard-steps");
        list.getItems().setAll(WizardStep.values());
        list.setMouseTransparent(true);
        list.setFocusTraversable(false);
        list.setPrefWidth(280);   // the longest step name whole, so neither scroll bar shows
        list.setFixedCellSize(28);
        list.setPrefHeight(5 * 28 + 4);
        list.setMaxHeight(Region.USE_PREF_SIZE);
        list.getSelectionModel().select(vm.stepProperty().get());
        vm.stepProperty().addListener((o, a, s) -> list.getSelectionModel().select(s));
        VBox box = new VBox(list);
        box.setStyle("-fx-padding: 0 16 0 0;");
        return box;
    }

    private static Node buttons(WizardViewModel vm) {
        Button back = new Button("◀ Back");
        back.setId("wizard-back");
        back.disableProperty().bind(vm.stepProperty().isEqualTo(WizardStep.NAME).or(vm.synthesis().runningProperty()));
        back.setOnAction(e -> vm.back());
        Button next = new Button("Next ▶");
        next.setId("wizard-next");
        next.setDefaultButton(true);
        next.disableProperty().bind(vm.canNextProperty().not());
        next.visibleProperty().bind(vm.stepProperty().isNotEqualTo(WizardStep.SEARCH));
        next.setOnAction(e -> vm.next());
        HBox box = new HBox(8, back, next);
        box.setStyle("-fx-padding: 12 0 0 0;");
        return box;
    }
}
