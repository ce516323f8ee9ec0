package dev.dartboard.ui.wizard;

import dev.dartboard.task.TaskExecutor;
import dev.dartboard.ui.common.StatusModel;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import java.nio.file.Path;

/** How many takes of the keyword a folder holds, counted in the background. FX thread. */
final class TakeCount {
    private final TakeFiles files;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final ReadOnlyIntegerWrapper takes = new ReadOnlyIntegerWrapper();

    TakeCount(TakeFiles files, TaskExecutor executor, StatusModel status) {
        this.files = files;
        this.executor = executor;
        this.status = status;
    }

    ReadOnlyIntegerProperty takesProperty() { return takes.getReadOnlyProperty(); }

    /** Recounts the takes in {@code dir}. */
    void count(Path dir) {
        executor.run("Count takes", ctx -> files.list(dir).size(), status.track("Count takes", takes::set));
    }
}
