package dev.dartboard.ui.search;

import dev.dartboard.task.BackgroundTask;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The running search as Pause and Cancel see it: its task, its {@link PauseGate} and whether it is paused.
 * One run at a time; {@link #ended()} forgets it. FX thread only.
 */
final class RunControl {
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper();
    private BackgroundTask<?> task;
    private PauseGate gate = new PauseGate();

    ReadOnlyBooleanProperty pausedProperty() { return paused.getReadOnlyProperty(); }

    /** A fresh gate for the run about to start; call {@link #started} with its task before executing it. */
    PauseGate newGate() {
        gate = new PauseGate();
        return gate;
    }

    void started(BackgroundTask<?> t) { task = t; }

    /** @return false when no run is under way or it is already paused */
    boolean pause() {
        if (task == null || paused.get()) return false;
        gate.pause();
        paused.set(true);
        return true;
    }

    /** @return false when nothing was paused */
    boolean release() {
        if (!paused.get()) return false;
        paused.set(false);
        gate.resume();
        return true;
    }

    /** Cancels the task and opens the gate with a stop: the search ends at its next step, a paused one at once. */
    void cancel() {
        if (task == null) return;
        task.cancel();
        gate.cancel();
        paused.set(false);
    }

    void ended() {
        task = null;
        paused.set(false);
    }
}
