package dev.dartboard.task;

/** The body of a {@link BackgroundTask}: runs on a worker thread, reports through the context. */
@FunctionalInterface
public interface Work<T> {
    /**
     * Does the work. Long loops call {@link TaskContext#checkCancelled()} so that a cancel ends them.
     *
     * @return the result handed to the success callback (may be null for Void tasks)
     */
    T run(TaskContext context) throws Exception;
}
