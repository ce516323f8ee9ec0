package dev.dartboard.ui.search;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;

/**
 * The run folder the Search page's Resume continues — the last run started there, or one the user chose —
 * and whether it can continue now: no search runs and the folder holds saved options and a checkpoint but
 * no Pareto front yet ({@link SearchRequests#resumable}). Checks the disk when the folder or the busy state
 * changes. FX thread only.
 */
public final class RunFolderModel {
    private final SearchRequests requests;
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper resumable = new ReadOnlyBooleanWrapper();
    private boolean busy;

    RunFolderModel(SearchRequests requests) {
        this.requests = requests;
        folder.addListener((o, a, b) -> refresh());
    }

    /** Null before any run was started or chosen. */
    public ObjectProperty<Path> folderProperty() { return folder; }

    public ReadOnlyBooleanProperty resumableProperty() { return resumable.getReadOnlyProperty(); }

    /** A search started (true) or ended (false): re-checks the folder, which the run may have changed. */
    void busy(boolean running) {
        busy = running;
        refresh();
    }

    private void refresh() { resumable.set(!busy && requests.resumable(folder.get())); }
}
