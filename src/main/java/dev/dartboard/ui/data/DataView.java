package dev.dartboard.ui.data;

import dev.dartboard.data.ClipRef;
import dev.dartboard.data.Issue;
import dev.dartboard.ui.common.FileDialogs;
import dev.dartboard.ui.common.FolderText;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** The Data page: folder, label table, rejected files, clip list and the clip viewer. Builds and binds only. */
public final class DataView {
    private DataView() { }

    public static Node build(DataViewModel vm, ClipViewModel clip, FrontEndForm form, FileDialogs dialogs) {
        Label title = new Label("Data");
        title.getStyleClass().add("page-title");
        Button open = new Button("Open folder…");
        open.setId("open-data");
        open.setOnAction(e -> dialogs.chooseFolder("Data set folder (GSC layout or one folder per label)").ifPresent(vm::open));
        Button reload = new Button("Check again");
        reload.setOnAction(e -> vm.reload());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());
        Label folder = new Label();
        folder.textProperty().bind(Bindings.createStringBinding(() -> FolderText.of(vm.folderProperty().get()), vm.folderProperty()));
        Label summary = new Label();
        summary.setId("data-summary");
        summary.textProperty().bind(vm.summaryProperty());
        VBox left = new VBox(6, section("Labels (clips per split)"), labels(vm), section("Rejected files"), rejected(vm));
        VBox.setVgrow(left.getChildren().get(1), Priority.ALWAYS);
        Label clipsTitle = section("Clips");
        clipsTitle.textProperty().bind(Bindings.createStringBinding(() -> vm.labelFilterProperty().get() == null ? "Clips (all labels)"
                : "Clips of '" + vm.labelFilterProperty().get() + "' (" + vm.shownClips().size() + ")", vm.labelFilterProperty(), vm.shownClips()));
        VBox middle = new VBox(6, clipsTitle, clips(vm));
        VBox.setVgrow(middle.getChildren().get(1), Priority.ALWAYS);
        HBox.setHgrow(left, Priority.SOMETIMES);
        HBox.setHgrow(middle, Priority.ALWAYS);
        Node viewer = ClipView.build(clip, form);
        HBox body = new HBox(14, left, middle, viewer);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox page = new VBox(10, title, new HBox(8, open, reload, busy, folder), summary, body);
        page.getStyleClass().add("page");
        page.setId("data-page");
        return page;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static TableView<LabelRow> labels(DataViewModel vm) {
        TableView<LabelRow> t = new TableView<>(vm.labels());
        t.setId("labels");
        t.getColumns().add(column("Label", LabelRow::label, 70));
        t.getColumns().add(column("Train", LabelRow::train, 54));
        t.getColumns().add(column("Val", LabelRow::validation, 44));
        t.getColumns().add(column("Test", LabelRow::test, 48));
        t.getColumns().add(column("Total", LabelRow::total, 60));
        t.setPrefSize(300, 300);
        t.setMinWidth(300);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setTooltip(new Tooltip("Select a label to list only its clips; select it again (or press Esc) to list all"));
        t.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> vm.labelFilterProperty().set(r == null ? null : r.label()));
        vm.labelFilterProperty().addListener((o, a, w) -> { if (w == null) t.getSelectionModel().clearSelection(); });
        t.setOnKeyPressed(e -> { if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) t.getSelectionModel().clearSelection(); });
        return t;
    }

    private static <T> TableColumn<LabelRow, T> column(String name, Function<LabelRow, T> value, double width) {
        TableColumn<LabelRow, T> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(width);
        return c;
    }

    private static ListView<Issue> rejected(DataViewModel vm) {
        ListView<Issue> l = new ListView<>(vm.rejected());
        l.setId("rejected");
        l.setPlaceholder(new Label("none: every file was readable"));
        l.setCellFactory(v -> cell(i -> i.file() + " — " + i.reason()));
        l.setPrefSize(330, 120);
        return l;
    }

    private static ListView<ClipRef> clips(DataViewModel vm) {
        ListView<ClipRef> l = new ListView<>(vm.shownClips());
        l.setId("clips");
        l.setCellFactory(v -> cell(c -> c.relPath() + "  (" + c.split().jsonName() + ")"));
        l.setPrefWidth(250);
        l.setMinWidth(170);
        l.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> { if (c != null) vm.selectedClipProperty().set(c); });
        vm.selectedClipProperty().addListener((o, a, c) -> l.getSelectionModel().select(c));
        return l;
    }

    /** A cell with its full text also as tooltip (names cut by a narrow column stay readable). */
    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
                setTooltip(empty || item == null ? null : new Tooltip(text.apply(item)));
            }
        };
    }
}
