package dev.dartboard.task;

import java.util.concurrent.Executor;

/**
 * Runs each task to completion on the calling thread, callbacks included: deterministic
 * ViewModel tests and CLI use. {@link #execute} returns after the listener has been told the outcome.
 */
public final class DirectTaskExecutor implements TaskExecutor {
    private final Executor direct = Runnable::run;

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        task.runOn(direct);
        return task;
    }

    @Override
    public Executor callbacks() { return direct; }
}
