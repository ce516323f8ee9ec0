package dev.dartboard.ui.wizard;

import dev.dartboard.data.DatasetScanner;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.ui.common.StatusModel;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;

/**
 * The generated set's split check ({@link SplitCheck}) as a banner text: scans the set with the studio's scanner
 * (the splits the search and training will use) in the background. FX thread.
 */
final class SplitWarning {
    private final DatasetScanner scanner;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    /** The set last asked about: a late answer for an earlier set is dropped. */
    private Path current;

    SplitWarning(DatasetScanner scanner, TaskExecutor executor, StatusModel status) {
        this.scanner = scanner;
        this.executor = executor;
        this.status = status;
    }

    /** "" or the warning about the last checked set. */
    ReadOnlyStringProperty textProperty() { return text.getReadOnlyProperty(); }

    /** Checks {@code data} for {@code keyword}; null clears the warning. */
    void check(Path data, String keyword) {
        text.set("");
        current = data;
        if (data == null) return;
        executor.run("Check splits", ctx -> SplitCheck.warning(scanner.scan(data), keyword), status.track("Check splits", w -> {
            if (data.equals(current)) text.set(w);
        }));
    }
}
