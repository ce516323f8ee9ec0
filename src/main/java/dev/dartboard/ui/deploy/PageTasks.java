package dev.dartboard.ui.deploy;

import dev.dartboard.task.ErrorText;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.task.TaskListener;
import dev.dartboard.task.Work;
import dev.dartboard.ui.common.StatusModel;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

import java.util.function.Consumer;

/**
 * Runs one panel's background tasks: a busy flag (buttons disable on it), the task's progress for
 * the panel's bar, the status line, and a readable line on failure. Threading: FX thread only.
 */
final class PageTasks {
    private final TaskExecutor executor;
    private final StatusModel status;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();

    PageTasks(TaskExecutor executor, StatusModel status) {
        this.executor = executor;
        this.status = status;
    }

    ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** 0..1 of the running task; 0 when idle. */
    ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }

    /** Starts {@code work}; {@code done} gets the result, {@code failed} "title failed: reason". */
    <T> void run(String title, Work<T> work, Consumer<T> done, Consumer<String> failed) {
        busy.set(true);
        TaskListener<T> inner = status.track(title, done, () -> { busy.set(false); progress.set(0); });
        executor.run(title, work, new TaskListener<>() {
            @Override public void progress(double f) { progress.set(f); inner.progress(f); }
            @Override public void message(String m) { inner.message(m); }
            @Override public void succeeded(T v) { inner.succeeded(v); }
            @Override public void failed(Throwable e) { inner.failed(e); failed.accept(title + " failed: " + ErrorText.of(e)); }
            @Override public void cancelled() { inner.cancelled(); }
        });
    }
}
