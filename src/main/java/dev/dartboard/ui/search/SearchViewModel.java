package dev.dartboard.ui.search;

import dev.dartboard.nas.search.SearchListener;
import dev.dartboard.nas.search.SearchRequest;
import dev.dartboard.task.BackgroundTask;
import dev.dartboard.task.TaskCancelledException;
import dev.dartboard.task.TaskContext;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.Workspace;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;

/**
 * The Search page: epochs/seed/front ends, Start and Cancel, the live view ({@link LiveSearch}) and the
 * decoded result. The search runs as a background task; its events reach the FX thread coalesced by
 * {@link EventBatcher} (one batch per {@value #PULSE_MS} ms at most). {@code SearchService} has no cancel
 * hook, so Cancel makes a listener throw at the next step. Threading: FX thread only.
 */
public final class SearchViewModel {
    static final long PULSE_MS = 100;
    private final Workspace workspace;
    private final SearchRequests requests;
    private final SearchEngine engine;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final Supplier<LocalDateTime> clock;
    private final IntegerProperty epochs = new SimpleIntegerProperty(4);
    private final LongProperty seed = new SimpleLongProperty(1);
    private final IntegerProperty configs = new SimpleIntegerProperty(4);
    private final IntegerProperty batch = new SimpleIntegerProperty(64);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<SearchSummary> result = new ReadOnlyObjectWrapper<>();
    private final LiveSearch live = new LiveSearch();
    private BackgroundTask<SearchSummary> task;

    public SearchViewModel(Workspace workspace, SearchRequests requests, SearchEngine engine, TaskExecutor executor,
                           StatusModel status, Supplier<LocalDateTime> clock) {
        this.workspace = workspace;
        this.requests = requests;
        this.engine = engine;
        this.executor = executor;
        this.status = status;
        this.clock = clock;
    }

    public IntegerProperty epochsProperty() { return epochs; }

    public LongProperty seedProperty() { return seed; }

    /** How many front ends of the project's bounds the search mixes. */
    public IntegerProperty configsProperty() { return configs; }

    /** Examples per step (no field on the page; tests and demos make it small). */
    public IntegerProperty batchProperty() { return batch; }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    /** The decoded genotype of the last finished search; null before and while one runs. */
    public ReadOnlyObjectProperty<SearchSummary> resultProperty() { return result.getReadOnlyProperty(); }

    public LiveSearch live() { return live; }

    /** Starts a search from the project's settings; ignored while one runs. Problems go to the error banner. */
    public void start() {
        if (running.get()) return;
        var settings = new SearchSettings(epochs.get(), seed.get(), configs.get(), batch.get());
        var project = workspace.project();
        var file = workspace.fileProperty().get();
        LocalDateTime now = clock.get();
        running.set(true);
        result.set(null);
        task = new BackgroundTask<>("Search", ctx -> search(requests.build(project, file, settings, now), ctx),
                status.track("Search", result::set, () -> { running.set(false); task = null; }));
        executor.execute(task);   // assigned first: a direct executor runs it here, and cancel() must reach it
    }

    /** Stops the running search at its next step. */
    public void cancel() {
        if (task != null) task.cancel();
    }

    private SearchSummary search(SearchRequest r, TaskContext ctx) throws Exception {
        executor.callbacks().execute(() -> live.reset(r));
        ctx.updateMessage("preparing features in " + r.run());
        EventBatcher batcher = new EventBatcher(executor.callbacks(), b -> show(b, r), System::nanoTime, PULSE_MS);
        SearchListener stop = e -> { if (ctx.isCancelled()) throw new StopSearch(); };
        try {
            return engine.run(r, List.of(stop, batcher));
        } catch (RuntimeException e) {
            if (ctx.isCancelled()) throw new TaskCancelledException();   // StopSearch, possibly wrapped
            throw e;
        } finally {
            batcher.flush();
        }
    }

    private void show(EventBatcher.Batch b, SearchRequest r) {
        live.accept(b);
        var e = b.latest();
        int steps = r.config().epochs();
        status.info(String.format("Search: step %d, epoch %d/%d (%s)", e.step() + 1, e.epoch() + 1, steps, e.phase()));
    }

    /** Thrown from a listener to stop the search (no cancel hook in SearchService). */
    private static final class StopSearch extends RuntimeException {
        StopSearch() { super("search cancelled", null, false, false); }
    }
}
