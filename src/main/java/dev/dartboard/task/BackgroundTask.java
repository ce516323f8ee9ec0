package dev.dartboard.task;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A named unit of long work with progress (0..1), a message, cancellation and a result or error
 * (JabRef's BackgroundTask, without UI types). A task runs once; a {@link TaskExecutor} decides the
 * worker thread and where the listener is called. Thread-safe: {@link #cancel()} from any thread.
 */
public final class BackgroundTask<T> {
    private final String title;
    private final Work<T> work;
    private final TaskListener<T> listener;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();

    public BackgroundTask(String title, Work<T> work, TaskListener<T> listener) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
        this.listener = Objects.requireNonNull(listener);
    }

    public String title() { return title; }

    /** Asks the work to stop; it ends as cancelled at its next check. Idempotent. */
    public void cancel() { cancelled.set(true); }

    public boolean isCancelled() { return cancelled.get(); }

    /**
     * Runs the work on the calling thread and reports to the listener through {@code callbacks}.
     * Called by executors only. Never throws: errors go to {@link TaskListener#failed}.
     */
    public void runOn(Executor callbacks) {
        if (!started.compareAndSet(false, true)) throw new IllegalStateException("task already ran: " + title);
        Context context = new Context(callbacks);
        try {
            T result = work.run(context);
            if (cancelled.get()) callbacks.execute(listener::cancelled);
            else callbacks.execute(() -> listener.succeeded(result));
        } catch (TaskCancelledException e) {
            callbacks.execute(listener::cancelled);
        } catch (Exception | Error e) {
            callbacks.execute(() -> listener.failed(e));
        }
    }

    /** The context handed to the work: forwards updates to the callback executor. */
    private final class Context implements TaskContext {
        private final Executor callbacks;

        Context(Executor callbacks) { this.callbacks = callbacks; }

        @Override
        public void updateProgress(double fraction) {
            double f = fraction < 0 ? -1 : Math.min(1, fraction);
            callbacks.execute(() -> listener.progress(f));
        }

        @Override
        public void updateMessage(String message) { callbacks.execute(() -> listener.message(message)); }

        @Override
        public boolean isCancelled() { return cancelled.get(); }
    }
}
