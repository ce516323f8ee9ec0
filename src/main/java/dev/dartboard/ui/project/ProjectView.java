package dev.dartboard.ui.project;

import dev.dartboard.ui.common.FileDialogs;
import dev.dartboard.ui.common.FolderText;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.nio.file.Path;

/** The Project page: builds and binds only. FX thread only. */
public final class ProjectView {
    private ProjectView() { }

    public static Node build(ProjectViewModel vm, FileDialogs dialogs) {
        Label title = new Label("Project");
        title.getStyleClass().add("page-title");
        VBox page = new VBox(12, title, actions(vm, dialogs), form(vm, dialogs), recent(vm));
        page.getStyleClass().add("page");
        page.setId("project-page");
        return page;
    }

    private static Node actions(ProjectViewModel vm, FileDialogs dialogs) {
        Button create = new Button("New");
        create.setOnAction(e -> vm.newProject());
        Button open = new Button("Open…");
        open.setOnAction(e -> dialogs.openProject().ifPresent(vm::open));
        Button save = new Button("Save");
        save.setId("save-project");
        save.setTooltip(new Tooltip("Ctrl+S — written atomically: a crash never leaves half a file"));
        save.setOnAction(e -> { if (!vm.save()) dialogs.saveProject().ifPresent(vm::saveAs); });
        Button saveAs = new Button("Save as…");
        saveAs.setOnAction(e -> dialogs.saveProject().ifPresent(vm::saveAs));
        return new HBox(8, create, open, save, saveAs);
    }

    private static Node form(ProjectViewModel vm, FileDialogs dialogs) {
        TextField name = new TextField();
        name.setId("project-name");
        name.textProperty().bindBidirectional(vm.nameProperty());
        TextField words = new TextField();
        words.setId("target-words");
        words.setPromptText("e.g. yes, no, up, down (empty: the data set's manifest decides)");
        words.textProperty().bindBidirectional(vm.targetWordsProperty());
        words.setTooltip(new Tooltip("The keywords the model detects; everything else is 'unknown' or 'silence'"));
        Label folder = new Label();
        folder.setId("data-folder");
        Workspace ws = vm.workspace();
        folder.textProperty().bind(Bindings.createStringBinding(() -> folderText(ws.project()), ws.projectProperty()));
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> dialogs.chooseFolder("Data set folder").ifPresent(vm::setDataFolder));
        Label file = new Label();
        file.setId("project-file");
        file.textProperty().bind(Bindings.createStringBinding(() -> fileText(ws.fileProperty().get()), ws.fileProperty()));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Target words"), words);
        grid.addRow(2, new Label("Data folder"), new HBox(8, folder, choose));
        grid.addRow(3, new Label("Saved as"), file);
        name.setPrefColumnCount(30);
        return grid;
    }

    private static Node recent(ProjectViewModel vm) {
        Label title = new Label("Recent projects (double-click to open)");
        title.getStyleClass().add("section-title");
        ListView<Path> list = new ListView<>(vm.recentProjects());
        list.setId("recent-projects");
        list.setPrefHeight(180);
        list.setOnMouseClicked(e -> {
            Path p = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && p != null) vm.open(p);
        });
        return new VBox(4, title, list);
    }

    private static String folderText(ProjectFile p) {
        return p.dataFolder().isBlank() ? "none yet — choose one here or open one on the Data page" : FolderText.of(p.dataFolder());
    }

    private static String fileText(Path file) {
        return file == null ? "not saved yet (Ctrl+S)" : file.toString();
    }
}
