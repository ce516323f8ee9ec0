package dev.dartboard.ui.fx;

import dev.dartboard.task.BackgroundTask;
import dev.dartboard.task.TaskExecutor;
import javafx.application.Platform;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks on a small pool of daemon threads and calls their listeners on the FX thread
 * (Platform.runLater), so ViewModel properties only ever change on the FX thread.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private final ExecutorService pool;
    private final Executor fxThread = FxTaskExecutor::onFxThread;

    /** @param threads worker threads (2 is plenty: the machine's cores are shared) */
    public FxTaskExecutor(int threads) {
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dartboard-task-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        pool.execute(() -> task.runOn(fxThread));
        return task;
    }

    @Override
    public Executor callbacks() { return fxThread; }

    /** Stops accepting tasks; running ones are interrupted. */
    @Override
    public void close() { pool.shutdownNow(); }

    private static void onFxThread(Runnable r) {
        if (Platform.isFxApplicationThread()) r.run();
        else Platform.runLater(r);
    }
}
