package dev.dartboard.task;

/**
 * What running work sees of its task: progress and message updates, the cancellation flag.
 * Threading: called on the worker thread; updates are forwarded to the task's callback executor.
 */
public interface TaskContext {
    /** Progress in [0, 1] (clamped); a negative value means indeterminate. */
    void updateProgress(double fraction);

    /** A short line for the status bar, e.g. "reading 120/232 files". */
    void updateMessage(String message);

    /** True once {@link BackgroundTask#cancel()} was called. */
    boolean isCancelled();

    /** Throws {@link TaskCancelledException} when cancelled; call it between units of work. */
    default void checkCancelled() throws TaskCancelledException {
        if (isCancelled()) throw new TaskCancelledException();
    }
}
