package dev.dartboard.ui.common;

import dev.dartboard.task.ErrorText;
import dev.dartboard.task.TaskListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;

import java.util.function.Consumer;

/**
 * The studio's status line and error banner, shared by every ViewModel. Errors are one readable
 * line ({@link ErrorText}), never a stack trace. Threading: FX thread only.
 */
public final class StatusModel {
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Ready");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    /** 0..1, or −1 while indeterminate; 0 when idle. */
    private final DoubleProperty progress = new SimpleDoubleProperty(0);

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    public DoubleProperty progressProperty() { return progress; }

    public void info(String text) { message.set(text); }

    /** Shows {@code text} in the error banner (until dismissed or the next error). */
    public void error(String text) {
        error.set(text);
        message.set("Failed: " + text);
    }

    public void dismissError() { error.set(""); }

    /**
     * A listener that shows a task's progress and messages here, reports failures as errors, and
     * hands the result to {@code onSuccess}.
     */
    public <T> TaskListener<T> track(String title, Consumer<T> onSuccess) {
        return track(title, onSuccess, () -> { });
    }

    /**
     * For work the user did not ask for (a preview drawn on selection): hands the result to {@code onSuccess}
     * and reports only a failure, so the status line never shows "done" for a page the user has not opened.
     */
    public <T> TaskListener<T> quiet(String title, Consumer<T> onSuccess) {
        return new TaskListener<>() {
            @Override public void succeeded(T result) { onSuccess.accept(result); }
            @Override public void failed(Throwable e) { error(title + " — " + ErrorText.of(e)); }
        };
    }

    /** As {@link #track(String, Consumer)}, and runs {@code always} first whatever the outcome. */
    public <T> TaskListener<T> track(String title, Consumer<T> onSuccess, Runnable always) {
        return new TaskListener<>() {
            @Override public void progress(double f) { progress.set(f); }
            @Override public void message(String m) { message.set(title + ": " + m); }
            @Override public void succeeded(T result) { end(always, title + ": done"); onSuccess.accept(result); }
            @Override public void failed(Throwable e) { end(always, ""); error(title + " — " + ErrorText.of(e)); }
            @Override public void cancelled() { end(always, title + ": cancelled"); }
        };
    }

    private void end(Runnable always, String text) {
        always.run();
        progress.set(0);
        if (!text.isEmpty()) message.set(text);
    }
}
