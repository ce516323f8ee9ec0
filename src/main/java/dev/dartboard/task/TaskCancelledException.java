package dev.dartboard.task;

/** Thrown by work that noticed its cancellation; the task then ends as cancelled, not failed. */
public final class TaskCancelledException extends Exception {
    public TaskCancelledException() { super("cancelled"); }
}
