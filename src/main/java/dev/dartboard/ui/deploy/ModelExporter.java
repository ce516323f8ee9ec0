package dev.dartboard.ui.deploy;

import dev.dartboard.export.ExportFormat;
import dev.dartboard.export.RunExporter;
import dev.dartboard.flow.ExportFlow;
import dev.dartboard.model.BoardProfile;
import dev.dartboard.nas.cost.CostModel;
import dev.dartboard.nas.cost.Costs;
import dev.dartboard.nas.cost.GenotypeLowering;
import dev.dartboard.run.RunFolder;
import dev.dartboard.task.TaskCancelledException;
import dev.dartboard.task.TaskContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The Deploy page's side of {@link ExportFlow}: exports a run into {@code <run>/export/} through the same flow as
 * {@code dartboard export --run RUN --out RUN/export} (the same names and bytes), always with the model card, so the
 * page shows the built sizes. The int8 model is the run's (model.int8.json, else model.blob), or quantized now on
 * the project's data set as {@code dartboard export --data} does; a run with neither and no data folder is refused
 * with what to do on the page. The flow holds the run's lock and records {@code export/provenance.json}.
 * Thread-safe; runs on a worker.
 */
public final class ModelExporter {
    /** Where exports go inside a run folder. */
    public static final String DIR = RunFolder.EXPORT;
    private final ExportFlow flow;

    /** The board profile of a board id or file (the project's board). */
    @FunctionalInterface
    public interface BoardSource { BoardProfile load(String idOrFile) throws IOException; }

    public ModelExporter(ExportFlow flow) {
        this.flow = flow;
    }

    /** The .tflite with the model blob the board runs (the flash payload, {@link #blobOf}). */
    public static final Set<ExportFormat> TFLITE = EnumSet.of(ExportFormat.TFLITE, ExportFormat.BLOB);
    public static final Set<ExportFormat> C = EnumSet.of(ExportFormat.C);
    public static final Set<ExportFormat> ARDUINO = EnumSet.of(ExportFormat.ARDUINO);

    /**
     * Writes {@code formats} and the model card into {@code <run>/export/}.
     *
     * @param dataFolder the project's data set, to quantize a run that has no int8 model yet; null when none is chosen
     * @param board      the board id or profile file the card's estimate is for
     * @return the files and folders written (absolute), in {@link RunExporter}'s order
     */
    public List<Path> export(RunSummary run, Path dataFolder, String board, Set<ExportFormat> formats, TaskContext ctx)
            throws IOException, TaskCancelledException {
        Path folder = run.folder().toAbsolutePath();
        boolean haveData = dataFolder != null && Files.isDirectory(dataFolder);
        if (!haveData && !flow.quantize().hasInt8(folder))
            throw new IOException("calibration needs the project's data: choose a data folder on the Data page first");
        Set<ExportFormat> all = EnumSet.copyOf(formats);
        all.add(ExportFormat.CARD);
        ctx.updateMessage("exporting (with the model card: a Cortex-M4 build of the C library)");
        List<Path> written = flow.export(ExportFlow.Request.of(folder, folder.resolve(DIR), all, board, haveData ? dataFolder : null),
                ctx::updateMessage).written();
        ctx.checkCancelled();
        ctx.updateProgress(1);
        return written;
    }

    /** The run's model on {@code board}, as the cost model estimates it. */
    public static Costs costs(RunSummary run, BoardProfile board) {
        return new CostModel(board, new GenotypeLowering()).of(run.model());
    }

    /** The exported .tflite of a run folder, {@code <run>/export/model.tflite}. */
    public static Path tfliteOf(Path run) { return run.resolve(DIR).resolve(RunExporter.TFLITE); }

    /** The model blob written beside a .tflite export (the flash payload). */
    public static Path blobOf(Path tflite) { return tflite.resolveSibling(RunExporter.BLOB); }
}
