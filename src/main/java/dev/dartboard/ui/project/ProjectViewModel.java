package dev.dartboard.ui.project;

import dev.dartboard.task.TaskExecutor;
import dev.dartboard.ui.common.StatusModel;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The Project page: name and target words (edited in place), new/open/save/save-as, and the recent
 * list. File work runs as background tasks. Threading: FX thread (or a test thread with a direct executor).
 */
public final class ProjectViewModel {
    private final Workspace workspace;
    private final ProjectStore store;
    private final RecentProjects recents;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final StringProperty name = new SimpleStringProperty();
    private final StringProperty targetWords = new SimpleStringProperty();
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private boolean refreshing;

    public ProjectViewModel(Workspace workspace, ProjectStore store, RecentProjects recents,
                            TaskExecutor executor, StatusModel status) {
        this.workspace = workspace;
        this.store = store;
        this.recents = recents;
        this.executor = executor;
        this.status = status;
        refresh(workspace.project());
        workspace.projectProperty().addListener((o, a, p) -> refresh(p));
        name.addListener((o, a, n) -> push());
        targetWords.addListener((o, a, n) -> push());
        recent.setAll(recents.load());
    }

    public StringProperty nameProperty() { return name; }

    /** Comma- or space-separated words, e.g. "yes, no, up, down". */
    public StringProperty targetWordsProperty() { return targetWords; }

    public ObservableList<Path> recentProjects() { return recent; }

    public Workspace workspace() { return workspace; }

    /** Points the project at a data set folder (the Data page then opens it). */
    public void setDataFolder(Path folder) {
        workspace.update(p -> p.withDataFolder(folder.toAbsolutePath().normalize().toString()));
    }

    public void newProject() {
        workspace.fileProperty().set(null);
        workspace.projectProperty().set(ProjectFile.untitled());
        status.info("New project");
    }

    public void open(Path file) {
        executor.run("Open " + file.getFileName(), ctx -> store.load(file), status.track("Open", p -> {
            workspace.projectProperty().set(p);
            workspace.fileProperty().set(file);
            remember(file);
        }));
    }

    /** Saves to the current file; returns false when there is none yet (the View then asks for one). */
    public boolean save() {
        Path file = workspace.fileProperty().get();
        if (file == null) return false;
        saveAs(file);
        return true;
    }

    public void saveAs(Path file) {
        ProjectFile snapshot = workspace.project();
        executor.run("Save", ctx -> { store.save(file, snapshot); return file; }, status.track("Save", f -> {
            workspace.fileProperty().set(f);
            remember(f);
            status.info("Saved " + f.getFileName());
        }));
    }

    private void remember(Path file) {
        executor.run("Recent", ctx -> recents.add(file), status.track("Recent projects", recent::setAll));
    }

    private void refresh(ProjectFile p) {
        refreshing = true;
        name.set(p.name());
        targetWords.set(String.join(", ", p.targetWords()));
        refreshing = false;
    }

    private void push() {
        if (refreshing) return;
        workspace.update(p -> p.withName(name.get().strip()).withTargetWords(words(targetWords.get())));
    }

    static List<String> words(String text) {
        if (text == null || text.isBlank()) return List.of();
        return Arrays.stream(text.split("[,\\s]+")).filter(w -> !w.isBlank()).distinct().toList();
    }
}
