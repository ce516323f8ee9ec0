package dev.dartboard.ui.deploy;

import dev.dartboard.export.blob.BlobWriter;
import dev.dartboard.export.csource.CSourceExporter;
import dev.dartboard.export.tflite.TfliteWriter;
import dev.dartboard.io.AtomicFiles;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.Quantizer;
import dev.dartboard.task.TaskCancelledException;
import dev.dartboard.task.TaskContext;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Exports a run: int8 post-training quantization calibrated on the project's clips, then a
 * {@code .tflite} ({@link TfliteWriter}) with its model blob for the board, or the interpreter-free C library ({@link CSourceExporter}),
 * both under {@code <run>/export/}. Thread-safe; runs on a worker.
 */
public final class ModelExporter {
    /** Where exports go inside a run folder. */
    public static final String DIR = "export";
    private final CalibrationSet calibration;
    private final Quantizer quantizer;

    public ModelExporter(CalibrationSet calibration, Quantizer quantizer) {
        this.calibration = calibration;
        this.quantizer = quantizer;
    }

    /**
     * Writes {@code <run>/export/<name>.tflite} and, from the same int8 model, {@code <name>.blob}
     * (what the Dartboard firmware runs; {@link #blobOf}); returns the .tflite path.
     */
    public Path tflite(RunSummary run, Path dataFolder, TaskContext ctx) throws IOException, TaskCancelledException {
        QuantModel q = quantize(run, dataFolder, ctx);
        Path out = run.folder().resolve(DIR).resolve(run.model().name() + ".tflite");
        AtomicFiles.write(out, new TfliteWriter().write(q));
        AtomicFiles.write(blobOf(out), new BlobWriter().write(q));
        ctx.updateProgress(1);
        return out;
    }

    /** The model blob written beside a .tflite export. */
    public static Path blobOf(Path tflite) {
        String n = tflite.getFileName().toString();
        return tflite.resolveSibling(n.substring(0, n.length() - ".tflite".length()) + ".blob");
    }

    /** Writes the C library into {@code <run>/export/c/}; returns that folder. */
    public Path cLibrary(RunSummary run, Path dataFolder, TaskContext ctx) throws IOException, TaskCancelledException {
        QuantModel q = quantize(run, dataFolder, ctx);
        Path dir = run.folder().resolve(DIR).resolve("c");
        new CSourceExporter().export(q, dir);
        ctx.updateProgress(1);
        return dir;
    }

    private QuantModel quantize(RunSummary run, Path dataFolder, TaskContext ctx) throws IOException, TaskCancelledException {
        ctx.updateMessage("featurizing calibration clips");
        List<float[]> rows = calibration.features(dataFolder, run.model().dataConfig(), ctx);
        ctx.updateMessage("quantizing on " + rows.size() + " clips");
        QuantModel q = quantizer.quantize(run.model(), rows);
        ctx.updateProgress(0.9);
        return q;
    }
}
