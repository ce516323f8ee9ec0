package dev.dartboard.ui.record;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Record page: builds and binds only. FX thread only. */
public final class RecordView {
    private RecordView() { }

    public static Node build(RecordViewModel vm) {
        Label title = new Label("Record");
        title.getStyleClass().add("page-title");
        Label hint = new Label("Each take: a count-in, then " + "speak the word once. Silence is trimmed; keep or discard each take, then save.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label message = new Label();
        message.setId("record-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        VBox page = new VBox(12, title, hint, form(vm), meter(vm), message, takes(vm));
        page.getStyleClass().add("page");
        page.setId("record-page");
        return page;
    }

    private static Node form(RecordViewModel vm) {
        TextField word = new TextField();
        word.setId("record-word");
        word.setPromptText("e.g. marvin");
        word.textProperty().bindBidirectional(vm.wordProperty());
        TextField speaker = new TextField();
        speaker.setId("record-speaker");
        speaker.textProperty().bindBidirectional(vm.speakerProperty());
        speaker.setTooltip(new Tooltip("Files are named <speaker>_nohash_<n>.wav; one speaker stays in one split"));
        Spinner<Integer> count = new Spinner<>(1, 50, vm.takeCountProperty().get());
        count.setId("record-count");
        count.setEditable(true);
        vm.takeCountProperty().bind(count.valueProperty());
        Button record = new Button("● Record takes");
        record.setId("record-start");
        record.disableProperty().bind(vm.recordingProperty());
        record.setOnAction(e -> vm.record());
        Button cancel = new Button("Cancel");
        cancel.disableProperty().bind(vm.recordingProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Word"), word, new Label("Speaker"), speaker);
        grid.addRow(1, new Label("Takes"), count, new HBox(8, record, cancel));
        return grid;
    }

    private static Node meter(RecordViewModel vm) {
        ProgressBar level = new ProgressBar(0);
        level.setId("level-meter");
        level.getStyleClass().add("level-bar");
        level.setPrefWidth(360);
        level.progressProperty().bind(Bindings.createDoubleBinding(
                () -> RecordViewModel.meterFraction(vm.levelDbfsProperty().get()), vm.levelDbfsProperty()));
        Label db = new Label();
        db.textProperty().bind(Bindings.createStringBinding(
                () -> String.format("%.0f dBFS", vm.levelDbfsProperty().get()), vm.levelDbfsProperty()));
        Label countIn = new Label();
        countIn.setId("count-in");
        countIn.getStyleClass().add("count-in");
        countIn.textProperty().bind(vm.countInProperty());
        return new HBox(12, new Label("Level"), level, db, countIn);
    }

    private static Node takes(RecordViewModel vm) {
        ListView<Take> list = new ListView<>(vm.takes());
        list.setId("takes");
        list.setPlaceholder(new Label("No takes yet"));
        list.setCellFactory(CheckBoxListCell.forListView(Take::keepProperty));
        list.setPrefHeight(220);
        Button save = new Button("Save kept takes");
        save.setId("save-takes");
        save.disableProperty().bind(Bindings.isEmpty(vm.takes()));
        save.setOnAction(e -> vm.saveKept());
        Label title = new Label("Takes (ticked = keep)");
        title.getStyleClass().add("section-title");
        return new VBox(6, title, list, save);
    }
}
