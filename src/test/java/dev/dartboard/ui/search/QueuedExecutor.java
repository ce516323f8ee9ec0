package dev.dartboard.ui.search;

import dev.dartboard.task.BackgroundTask;
import dev.dartboard.task.TaskExecutor;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A task executor for ViewModel tests with a real worker thread: each task runs on its own thread, its
 * callbacks queue up until the test thread (standing in for the FX thread) drains them.
 */
final class QueuedExecutor implements TaskExecutor, AutoCloseable {
    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final Executor callbacks = queue::add;
    private Thread worker;

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        worker = new Thread(() -> task.runOn(callbacks), "search-test-worker");
        worker.setDaemon(true);
        worker.start();
        return task;
    }

    @Override
    public Executor callbacks() { return callbacks; }

    /** Runs the callbacks queued so far. */
    void drain() {
        for (Runnable r; (r = queue.poll()) != null; ) r.run();
    }

    /** Runs callbacks as they come until {@code done} holds; fails after 10 s. */
    void drainUntil(BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out waiting on the search thread");
            Runnable r = queue.poll(10, TimeUnit.MILLISECONDS);
            if (r != null) r.run();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (worker != null) worker.join(10_000);
    }
}
