package dev.dartboard.ui.deploy;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

/**
 * The Deploy page: a run and its exports ({@link ExportModel}) and the board ({@link BoardModel}).
 * Threading: FX thread only.
 */
public final class DeployViewModel {
    /** Said next to the Flash button while the board blob format is not built. */
    public static final String PAYLOAD_NOTE = "Payload: the exported .tflite bytes as they are (the board blob format with "
            + "model settings is not built yet). The board stores them in a free slot, verifies the CRC and boots that slot.";
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

    /** True when a .tflite exists, a port is chosen and no board call runs. */
    public BooleanBinding canFlashProperty() { return canFlash; }

    /** Flashes the run's exported .tflite to the chosen port. */
    public void flash() { board.flash(export.tfliteProperty().get()); }
}
