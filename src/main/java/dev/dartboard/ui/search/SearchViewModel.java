package dev.dartboard.ui.search;

import dev.dartboard.nas.search.SearchRequest;
import dev.dartboard.task.BackgroundTask;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.Workspace;
import dev.dartboard.ui.space.FeasibilityModel;
import dev.dartboard.ui.space.SearchFeasibility;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The Search page: settings ({@link SearchSettingsModel}), Start, Pause, Resume and Cancel, the live view
 * ({@link LiveSearch}) and the decoded result. The search runs as a background task ({@link SearchJob});
 * Pause blocks it between steps, Resume releases it, or — when no search runs — continues the run folder's
 * saved search from its checkpoint ({@link RunFolderModel}: a cancelled, failed or killed run).
 * Threading: FX thread only.
 */
public final class SearchViewModel {
    private final Workspace workspace;
    private final SearchRequests requests;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final Supplier<LocalDateTime> clock;
    private final SearchSettingsModel settings = new SearchSettingsModel();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<SearchSummary> result = new ReadOnlyObjectWrapper<>();
    private final LiveSearch live = new LiveSearch();
    private final RunControl control = new RunControl();
    private final RunFolderModel runFolder;
    private final SearchJob job;
    private final FeasibilityModel feasibility;

    public SearchViewModel(Workspace workspace, SearchRequests requests, SearchEngine engine, TaskExecutor executor,
                           StatusModel status, Supplier<LocalDateTime> clock) {
        this.workspace = workspace;
        this.requests = requests;
        this.executor = executor;
        this.status = status;
        this.clock = clock;
        this.job = new SearchJob(engine, executor.callbacks(), live, status);
        this.runFolder = new RunFolderModel(requests);
        this.feasibility = new FeasibilityModel(workspace, new SearchFeasibility(new dev.dartboard.nas.BoardProfiles()), settings.configsProperty());
    }

    /**
     * Whether a search can meet the project's budget (the check the search runs first), in KB and ms; never null.
     * The Space page shows this same verdict.
     */
    public ReadOnlyObjectProperty<SearchFeasibility.Verdict> feasibilityProperty() { return feasibility.verdictProperty(); }

    /** Epochs, seed, front ends and batch of the next Start. */
    public SearchSettingsModel settings() { return settings; }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty pausedProperty() { return control.pausedProperty(); }

    /** True while no search runs and {@link #runFolderProperty()} holds one that can continue from a checkpoint. */
    public ReadOnlyBooleanProperty resumableProperty() { return runFolder.resumableProperty(); }

    /** The run Resume continues: the last one started here, or one the user chose; null before either. */
    public ObjectProperty<Path> runFolderProperty() { return runFolder.folderProperty(); }

    /** The decoded genotype of the last finished search; null before and while one runs. */
    public ReadOnlyObjectProperty<SearchSummary> resultProperty() { return result.getReadOnlyProperty(); }

    public LiveSearch live() { return live; }

    /**
     * Starts a new search from the project's settings; ignored while one runs. Problems go to the error banner;
     * an impossible budget starts nothing (no run folder is made).
     */
    public void start() {
        if (running.get()) return;
        feasibility.refresh();
        SearchFeasibility.Verdict verdict = feasibility.verdictProperty().get();
        if (!verdict.ok()) { status.error("Search — " + verdict.problem()); return; }
        SearchSettings s = settings.snapshot();
        var project = workspace.project();
        var file = workspace.fileProperty().get();
        LocalDateTime now = clock.get();
        launch(() -> requests.build(project, file, s, now));
    }

    /** Blocks the running search before its next step (or clip read); nothing is lost. */
    public void pause() {
        if (control.pause()) { status.info("Search: pausing at the next step…"); live.state("Pausing at the next step…"); }
    }

    /** Releases a paused search; with none running, continues the run folder's search from its checkpoint. */
    public void resume() {
        if (control.release()) { status.info("Search: resumed"); live.state("Searching: resumed"); }
        else if (!running.get() && runFolder.resumableProperty().get()) {
            Path run = runFolder.folderProperty().get();
            launch(() -> requests.resume(run));
        }
    }

    /** Stops the running search at its next step or clip read, a paused one at once. */
    public void cancel() { control.cancel(); }

    private void launch(Callable<SearchRequest> request) {
        PauseGate gate = control.newGate();
        running.set(true);
        runFolder.busy(true);
        result.set(null);
        BackgroundTask<SearchSummary> task = new BackgroundTask<>("Search", ctx -> {
            SearchRequest r = request.call();
            executor.callbacks().execute(() -> runFolder.folderProperty().set(r.run()));
            return job.run(r, gate, ctx);
        }, new SearchEnding(status, live, result::set, this::ended, runFolder.resumableProperty()::get, runFolder.folderProperty()::get));
        control.started(task);
        executor.execute(task);   // after started(): a direct executor runs it here, and cancel() must reach it
    }

    private void ended() {
        running.set(false);
        control.ended();
        runFolder.busy(false);
    }
}
