package dev.dartboard.ui.search;

import dev.dartboard.nas.search.SearchListener;
import dev.dartboard.nas.search.SearchRequest;
import dev.dartboard.task.TaskCancelledException;
import dev.dartboard.task.TaskContext;
import dev.dartboard.ui.common.StatusModel;

import java.util.List;
import java.util.concurrent.Executor;

/**
 * The worker side of one search run: clears the live view, runs the engine with the page's listeners —
 * events coalesced for the FX thread ({@link EventBatcher}, one batch per {@value #PULSE_MS} ms at most),
 * then the run's {@link PauseGate} — and turns a stop into a cancelled task. A pause shows the step it
 * stopped at before it blocks. {@link #run} is called on the task's worker thread; {@code callbacks} is the
 * FX thread.
 */
final class SearchJob {
    static final long PULSE_MS = 100;
    private final SearchEngine engine;
    private final Executor callbacks;
    private final LiveSearch live;
    private final StatusModel status;

    SearchJob(SearchEngine engine, Executor callbacks, LiveSearch live, StatusModel status) {
        this.engine = engine;
        this.callbacks = callbacks;
        this.live = live;
        this.status = status;
    }

    SearchSummary run(SearchRequest r, PauseGate gate, TaskContext ctx) throws Exception {
        callbacks.execute(() -> live.reset(r));
        ctx.updateMessage((r.resume() ? "resuming " : "preparing features for ") + r.run());
        EventBatcher batcher = new EventBatcher(callbacks, b -> show(b, r), System::nanoTime, PULSE_MS);
        SearchListener pause = e -> {
            if (gate.isPaused()) {
                batcher.flush();
                callbacks.execute(() -> { status.info(pausedText(e.step())); live.state("Paused after step " + (e.step() + 1) + " — Resume continues from there"); });
            }
            gate.await();
        };
        try {
            return engine.run(r, List.of(batcher, pause), gate);
        } catch (RuntimeException e) {
            if (gate.isCancelled() || ctx.isCancelled()) throw new TaskCancelledException();   // Stopped, possibly wrapped
            throw e;
        } finally {
            batcher.flush();
        }
    }

    static String pausedText(int step) {
        return "Search: paused after step " + (step + 1) + " — Resume continues from there";
    }

    private void show(EventBatcher.Batch b, SearchRequest r) {
        live.accept(b);
        var e = b.latest();
        String text = String.format("Search: step %d, epoch %d/%d (%s)", e.step() + 1, e.epoch() + 1, r.config().epochs(), e.phase());
        status.info(text);
        if (!live.stateProperty().get().startsWith("Pausing") && !live.stateProperty().get().startsWith("Paused")) live.state("Searching: " + (e.phase().equals("warmup") ? "warm-up" : "search") + " phase");
    }
}
