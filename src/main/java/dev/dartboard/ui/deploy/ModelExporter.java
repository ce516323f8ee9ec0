package dev.dartboard.ui.deploy;

import dev.dartboard.data.DataPreparer;
import dev.dartboard.data.PreparedData;
import dev.dartboard.export.blob.BlobReader;
import dev.dartboard.export.blob.BlobWriter;
import dev.dartboard.export.csource.CSourceExporter;
import dev.dartboard.export.tflite.TfliteWriter;
import dev.dartboard.io.AtomicFiles;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.QuantModelStore;
import dev.dartboard.quant.RunQuantizer;
import dev.dartboard.task.TaskCancelledException;
import dev.dartboard.task.TaskContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Exports a run: its int8 model — {@code RUN/model.int8.json} or {@code RUN/model.blob} when {@code dartboard
 * quantize} made one, else quantized now by {@link RunQuantizer} on the project's data set (as that command
 * does, saving model.int8.json and quant.json in the run) — then a {@code .tflite} ({@link TfliteWriter}) with
 * its model blob for the board, or the interpreter-free C library ({@link CSourceExporter}), both under
 * {@code <run>/export/}. Thread-safe; runs on a worker.
 */
public final class ModelExporter {
    /** Where exports go inside a run folder. */
    public static final String DIR = dev.dartboard.run.RunFolder.EXPORT;
    private final DataPreparer preparer;
    private final RunQuantizer quantizer;
    private final QuantModelStore store;

    public ModelExporter(DataPreparer preparer, RunQuantizer quantizer, QuantModelStore store) {
        this.preparer = preparer;
        this.quantizer = quantizer;
        this.store = store;
    }

    /**
     * Writes {@code <run>/export/<name>.tflite} and, from the same int8 model, {@code <name>.blob}
     * (what the Dartboard firmware runs; {@link #blobOf}); returns the .tflite path.
     */
    public Path tflite(RunSummary run, Path dataFolder, TaskContext ctx) throws IOException, TaskCancelledException {
        QuantModel q = int8(run, dataFolder, ctx);
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
        QuantModel q = int8(run, dataFolder, ctx);
        Path dir = run.folder().resolve(DIR).resolve("c");
        new CSourceExporter().export(q, dir);
        ctx.updateProgress(1);
        return dir;
    }

    /** The run's int8 model, made (and saved in the run) only when it has none. */
    private QuantModel int8(RunSummary run, Path dataFolder, TaskContext ctx) throws IOException, TaskCancelledException {
        Path folder = run.folder(), blob = folder.resolve(QuantModelStore.BLOB);
        if (store.has(folder)) return store.load(folder);
        if (Files.isRegularFile(blob)) {
            try {
                return new BlobReader().read(Files.readAllBytes(blob)).model();
            } catch (IOException | RuntimeException e) {
                throw new IOException(blob + ": not a valid model blob: " + e.getMessage(), e);
            }
        }
        if (dataFolder == null || !Files.isDirectory(dataFolder))
            throw new IOException("calibration needs the project's data: choose a data folder on the Data page first");
        ctx.updateMessage("preparing the features of " + dataFolder.getFileName());
        PreparedData data = preparer.prepare(dataFolder, run.model().dataConfig(), run.labels().targets(), run.seed());
        ctx.checkCancelled();
        ctx.updateProgress(0.5);
        ctx.updateMessage("quantizing");
        QuantModel q = quantizer.quantize(folder, run.model(), data, run.metricsSplit()).model();
        ctx.updateProgress(0.9);
        return q;
    }
}
