package dev.dartboard.ui.deploy;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;

/**
 * The Deploy page: a run and its exports ({@link ExportModel}) and the board ({@link BoardModel}).
 * The page follows {@link #currentRunProperty()}: the studio sets it to the run just trained, and choosing a
 * run folder here sets it too. Threading: FX thread only.
 */
public final class DeployViewModel {
    /** Said next to the Flash button. */
    public static final String PAYLOAD_NOTE = "Payload: the model blob exported with the .tflite (the same int8 model, in the "
            + "form the Dartboard firmware runs). The board stores it in a free slot, verifies the CRC and boots that slot.";
    private final ExportModel export;
    private final BoardModel board;
    private final BooleanBinding canFlash;
    private final ObjectProperty<Path> currentRun = new SimpleObjectProperty<>();

    public DeployViewModel(ExportModel export, BoardModel board) {
        this.export = export;
        this.board = board;
        this.canFlash = Bindings.createBooleanBinding(() -> export.tfliteProperty().get() != null && board.portProperty().get() != null
                && !board.busyProperty().get(), export.tfliteProperty(), board.portProperty(), board.busyProperty());
        currentRun.addListener((o, a, run) -> { if (run != null) export.openRun(run); });
    }

    public ExportModel export() { return export; }

    public BoardModel board() { return board; }

    /**
     * The run folder the page shows (a trained run: genotype.json, labels.json, model.float.json); setting it
     * opens that run. Bind it to the studio's current run.
     */
    public ObjectProperty<Path> currentRunProperty() { return currentRun; }

    /** Opens {@code folder} (the "Choose run folder…" button); the same as setting the current run. */
    public void chooseRun(Path folder) {
        if (folder.equals(currentRun.get())) export.openRun(folder);
        else currentRun.set(folder);
    }

    /** True when a .tflite (and its blob) exists, a port is chosen and no board call runs. */
    public BooleanBinding canFlashProperty() { return canFlash; }

    /** Flashes the model blob exported beside the run's .tflite to the chosen port. */
    public void flash() { board.flash(ModelExporter.blobOf(export.tfliteProperty().get())); }
}
