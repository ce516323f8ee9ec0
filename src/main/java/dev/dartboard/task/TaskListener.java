package dev.dartboard.task;

/**
 * Observes one task. Every method is called on the task's callback executor (the FX thread in the
 * studio), in order: progress/message updates, then exactly one of succeeded, failed or cancelled.
 */
public interface TaskListener<T> {
    default void progress(double fraction) { }

    default void message(String message) { }

    default void succeeded(T result) { }

    /** @param error never a {@link TaskCancelledException} */
    default void failed(Throwable error) { }

    default void cancelled() { }
}
