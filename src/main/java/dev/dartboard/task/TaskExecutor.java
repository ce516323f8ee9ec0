package dev.dartboard.task;

import java.util.concurrent.Executor;

/**
 * Runs {@link BackgroundTask}s off the caller's thread and delivers their callbacks on the
 * executor's callback thread (the FX thread in the studio; the caller's thread in tests).
 */
public interface TaskExecutor {
    /** Starts {@code task}; returns it so the caller can cancel it. */
    <T> BackgroundTask<T> execute(BackgroundTask<T> task);

    /** Where listeners run; ViewModels also use it to post live values (levels) from workers. */
    Executor callbacks();

    /** Convenience: a task from a title, work and listener, started at once. */
    default <T> BackgroundTask<T> run(String title, Work<T> work, TaskListener<T> listener) {
        return execute(new BackgroundTask<>(title, work, listener));
    }
}
