package dev.dartboard.ui.data;

import dev.dartboard.data.ClipRef;
import dev.dartboard.data.DatasetChecker;
import dev.dartboard.data.DatasetScanner;
import dev.dartboard.data.Issue;
import dev.dartboard.task.BackgroundTask;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.ProjectFile;
import dev.dartboard.ui.project.Workspace;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ObservableList;

import java.nio.file.Path;

/**
 * The Data page: the project's data folder scanned and checked in the background (labels with
 * counts per split, rejected files with reasons, the clip list) and the selected clip.
 * Threading: FX thread; loading runs on the executor. Opening a folder sets the project's data folder.
 */
public final class DataViewModel {
    private final Workspace workspace;
    private final DatasetScanner scanner;
    private final DatasetChecker checker;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper("");
    private final DataContents contents = new DataContents();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private BackgroundTask<DataOverview> loading;

    public DataViewModel(Workspace workspace, DatasetScanner scanner, DatasetChecker checker,
                         TaskExecutor executor, StatusModel status) {
        this.workspace = workspace;
        this.scanner = scanner;
        this.checker = checker;
        this.executor = executor;
        this.status = status;
        workspace.projectProperty().addListener((o, a, p) -> follow(p));
        follow(workspace.project());
    }

    public ReadOnlyStringProperty folderProperty() { return folder.getReadOnlyProperty(); }

    /** e.g. "232 clips in 10 labels, 1 rejected, 5 noise files". */
    public ReadOnlyStringProperty summaryProperty() { return contents.summaryProperty(); }

    public ObservableList<LabelRow> labels() { return contents.labels(); }

    public ObservableList<Issue> rejected() { return contents.rejected(); }

    public ObservableList<ClipRef> clips() { return contents.clips(); }

    /** The label (word) whose clips the clip list shows; null for every clip. The label table's selection sets it. */
    public ObjectProperty<String> labelFilterProperty() { return contents.labelFilterProperty(); }

    /** The clip list: the clips of the selected label, or all. */
    public ObservableList<ClipRef> shownClips() { return contents.shownClips(); }

    /** The clip the viewer shows; the View binds the clip list's selection to it. */
    public ObjectProperty<ClipRef> selectedClipProperty() { return contents.selectedProperty(); }

    /** The folder of the loaded data set (clip paths are relative to it); null before loading. */
    public ObjectProperty<Path> rootProperty() { return contents.rootProperty(); }

    public BooleanProperty busyProperty() { return busy; }

    /** Opens {@code dir}: it becomes the project's data folder, which triggers the load. */
    public void open(Path dir) {
        String path = dir.toAbsolutePath().normalize().toString();
        if (path.equals(folder.get())) reload();
        else workspace.update(p -> p.withDataFolder(path));
    }

    /** Scans and checks the current folder again (e.g. after recording). */
    public void reload() {
        if (folder.get().isBlank()) return;
        if (loading != null) loading.cancel();
        Path dir = Path.of(folder.get());
        busy.set(true);
        loading = executor.run("Check " + dir.getFileName(), ctx -> {
            ctx.updateProgress(-1);
            ctx.updateMessage("scanning " + dir);
            var dataset = scanner.scan(dir);
            ctx.updateMessage("reading " + dataset.clips().size() + " clips");
            var report = checker.check(dir);
            ctx.checkCancelled();
            return new DataOverview(dataset, report);
        }, status.track("Data", this::show, () -> busy.set(false)));
    }

    private void follow(ProjectFile p) {
        if (p.dataFolder().equals(folder.get())) return;
        folder.set(p.dataFolder());
        contents.clear(!folder.get().isBlank());
        reload();
    }

    /** Shows a load's result unless the folder changed meanwhile. */
    private void show(DataOverview o) {
        if (o.dataset().root().toAbsolutePath().normalize().equals(Path.of(folder.get()).toAbsolutePath().normalize())) contents.show(o);
    }
}
