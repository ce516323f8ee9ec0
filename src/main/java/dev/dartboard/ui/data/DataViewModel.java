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
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("No data set open.");
    private final ObservableList<LabelRow> labels = FXCollections.observableArrayList();
    private final ObservableList<Issue> rejected = FXCollections.observableArrayList();
    private final ObservableList<ClipRef> clips = FXCollections.observableArrayList();
    private final ObjectProperty<ClipRef> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> root = new SimpleObjectProperty<>();
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
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }

    public ObservableList<LabelRow> labels() { return labels; }

    public ObservableList<Issue> rejected() { return rejected; }

    public ObservableList<ClipRef> clips() { return clips; }

    /** The clip the viewer shows; the View binds the clip list's selection to it. */
    public ObjectProperty<ClipRef> selectedClipProperty() { return selected; }

    /** The folder of the loaded data set (clip paths are relative to it); null before loading. */
    public ObjectProperty<Path> rootProperty() { return root; }

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
        clear();
        reload();
    }

    private void clear() {
        labels.clear();
        rejected.clear();
        clips.clear();
        selected.set(null);
        summary.set(folder.get().isBlank() ? "No data set open." : "Loading…");
    }

    private void show(DataOverview o) {
        if (!o.dataset().root().toAbsolutePath().normalize().equals(Path.of(folder.get()).toAbsolutePath().normalize())) return;
        List<LabelRow> rows = new ArrayList<>();
        o.report().labels().forEach((label, counts) -> rows.add(LabelRow.of(label, counts)));
        labels.setAll(rows);
        rejected.setAll(o.report().rejected());
        clips.setAll(o.dataset().clips());
        root.set(o.dataset().root());
        summary.set(o.dataset().clips().size() + " clips in " + rows.size() + " labels, "
                + o.report().rejected().size() + " rejected, " + o.dataset().noiseFiles().size() + " noise files");
        if (!clips.isEmpty()) selected.set(clips.get(0));
    }
}
