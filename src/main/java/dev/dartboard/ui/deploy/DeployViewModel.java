package dev.dartboard.ui.deploy;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;

/**
 * The Deploy page: a run and its exports ({@link ExportModel}), the board ({@link BoardModel}), the on-device
 * test ({@link DeviceTestModel}) and the live monitor ({@link MonitorModel}).
 * The page follows {@link #currentRunProperty()}: the studio sets it to the run just trained, and choosing a
 * run folder here sets it too. Threading: FX thread only.
 */
public final class DeployViewModel {
    /** Said next to the Flash button. */
    public static final String PAYLOAD_NOTE = "Payload: the model blob exported with the .tflite (the same int8 model, in the "
            + "form the Dartboard firmware runs). The board stores it in a free slot, verifies the CRC and boots that slot.";
    private final ExportModel export;
    private final BoardModel board;
    private final DeviceTestModel test;
    private final MonitorModel monitor;
    private final BooleanBinding canFlash, boardFree;
    private final ObjectProperty<Path> currentRun = new SimpleObjectProperty<>();

    public DeployViewModel(ExportModel export, BoardModel board, DeviceTestModel test, MonitorModel monitor) {
        this.export = export;
        this.board = board;
        this.test = test;
        this.monitor = monitor;
        this.boardFree = board.busyProperty().or(test.busyProperty()).or(monitor.runningProperty()).not();
        this.canFlash = Bindings.createBooleanBinding(() -> export.tfliteProperty().get() != null && board.portProperty().get() != null
                && boardFree.get(), export.tfliteProperty(), board.portProperty(), boardFree);
        currentRun.addListener((o, a, run) -> { if (run != null) export.openRun(run); });
    }

    public ExportModel export() { return export; }

    public BoardModel board() { return board; }

    public DeviceTestModel test() { return test; }

    public MonitorModel monitor() { return monitor; }

    /** True while no board call, on-device test or monitor holds the port. */
    public BooleanBinding boardFreeProperty() { return boardFree; }

    /** Stops the monitor, then the simulator and its socat (the studio calls it on close). Blocks briefly; FX thread. */
    public void close() throws InterruptedException {
        monitor.close();
        board.close();
    }

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

    /** True when a .tflite (and its blob) exists, a port is chosen and the board is free. */
    public BooleanBinding canFlashProperty() { return canFlash; }

    /** Starts the simulator; its microphone plays clips of the open run's words at its sample rate ({@link BoardModel#micPlanFor}). */
    public void startSimulator() { board.startSimulator(board.micPlanFor(export.runProperty().get())); }

    /** Flashes the model blob exported beside the run's .tflite to the chosen port. */
    public void flash() { board.flash(ModelExporter.blobOf(export.tfliteProperty().get())); }
}
