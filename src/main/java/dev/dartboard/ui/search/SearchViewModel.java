package dev.dartboard.ui.search;

import dev.dartboard.nas.search.SearchRequest;
import dev.dartboard.task.BackgroundTask;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.Workspace;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The Search page: settings ({@link SearchSettingsModel}), Start, Pause, Resume and Cancel, the live view
 * ({@link LiveSearch}) and the decoded result. The search runs as a background task ({@link SearchJob});
 * Pause blocks it between steps, Resume releases it, or — when no search runs — continues the run folder's
 * saved search from its checkpoint (a cancelled, failed or killed run). Threading: FX thread only.
 */
public final class SearchViewModel {
    private final Workspace workspace;
    private final SearchRequests requests;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final Supplier<LocalDateTime> clock;
    private final SearchSettingsModel settings = new SearchSettingsModel();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper resumable = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<Path> runFolder = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<SearchSummary> result = new ReadOnlyObjectWrapper<>();
    private final LiveSearch live = new LiveSearch();
    private final SearchJob job;
    private BackgroundTask<SearchSummary> task;
    private PauseGate gate = new PauseGate();

    public SearchViewModel(Workspace workspace, SearchRequests requests, SearchEngine engine, TaskExecutor executor,
                           StatusModel status, Supplier<LocalDateTime> clock) {
        this.workspace = workspace;
        this.requests = requests;
        this.executor = executor;
        this.status = status;
        this.clock = clock;
        this.job = new SearchJob(engine, executor.callbacks(), live, status);
        runFolder.addListener((o, a, run) -> refresh());
    }

    /** Epochs, seed, front ends and batch of the next Start. */
    public SearchSettingsModel settings() { return settings; }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty pausedProperty() { return paused.getReadOnlyProperty(); }

    /** True while no search runs and {@link #runFolderProperty()} holds one that can continue from a checkpoint. */
    public ReadOnlyBooleanProperty resumableProperty() { return resumable.getReadOnlyProperty(); }

    /** The run Resume continues: the last one started here, or one the user chose; null before either. */
    public ObjectProperty<Path> runFolderProperty() { return runFolder; }

    /** The decoded genotype of the last finished search; null before and while one runs. */
    public ReadOnlyObjectProperty<SearchSummary> resultProperty() { return result.getReadOnlyProperty(); }

    public LiveSearch live() { return live; }

    /** Starts a new search from the project's settings; ignored while one runs. Problems go to the error banner. */
    public void start() {
        if (running.get()) return;
        SearchSettings s = settings.snapshot();
        var project = workspace.project();
        var file = workspace.fileProperty().get();
        LocalDateTime now = clock.get();
        launch(() -> requests.build(project, file, s, now));
    }

    /** Blocks the running search before its next step (or clip read); nothing is lost. */
    public void pause() {
        if (!running.get() || paused.get()) return;
        gate.pause();
        paused.set(true);
        status.info("Search: pausing at the next step…");
    }

    /** Releases a paused search; with none running, continues the run folder's search from its checkpoint. */
    public void resume() {
        if (paused.get()) {
            paused.set(false);
            gate.resume();
            status.info("Search: resumed");
        } else if (!running.get() && resumable.get()) {
            Path run = runFolder.get();
            launch(() -> requests.resume(run));
        }
    }

    /** Stops the running search at its next step or clip read, a paused one at once. */
    public void cancel() {
        if (task == null) return;
        task.cancel();
        gate.cancel();
        paused.set(false);
    }

    private void launch(Callable<SearchRequest> request) {
        PauseGate g = new PauseGate();
        gate = g;
        running.set(true);
        resumable.set(false);
        result.set(null);
        task = new BackgroundTask<>("Search", ctx -> {
            SearchRequest r = request.call();
            executor.callbacks().execute(() -> runFolder.set(r.run()));
            return job.run(r, g, ctx);
        }, new SearchEnding(status, live, result::set, this::ended, resumable::get));
        executor.execute(task);   // assigned first: a direct executor runs it here, and cancel() must reach it
    }

    private void ended() {
        running.set(false);
        paused.set(false);
        task = null;
        refresh();
    }

    private void refresh() { resumable.set(!running.get() && requests.resumable(runFolder.get())); }
}
