package dev.dartboard.ui.deploy;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

/**
 * The Deploy page: a run and its exports ({@link ExportModel}) and the board ({@link BoardModel}).
 * Threading: FX thread only.
 */
public final class DeployViewModel {
    /** Said next to the Flash button. */
    public static final String PAYLOAD_NOTE = "Payload: the model blob exported with the .tflite (the same int8 model, in the "
            + "form the Dartboard firmware runs). The board stores it in a free slot, verifies the CRC and boots that slot.";
    private final ExportModel export;
    private final BoardModel board;
    private final BooleanBinding canFlash;

    public DeployViewModel(ExportModel export, BoardModel board) {
        this.export = export;
        this.board = board;
        this.canFlash = Bindings.createBooleanBinding(() -> export.tfliteProperty().get() != null && board.portProperty().get() != null
                && !board.busyProperty().get(), export.tfliteProperty(), board.portProperty(), board.busyProperty());
    }

    public ExportModel export() { return export; }

    public BoardModel board() { return board; }

    /** True when a .tflite (and its blob) exists, a port is chosen and no board call runs. */
    public BooleanBinding canFlashProperty() { return canFlash; }

    /** Flashes the model blob exported beside the run's .tflite to the chosen port. */
    public void flash() { board.flash(ModelExporter.blobOf(export.tfliteProperty().get())); }
}
