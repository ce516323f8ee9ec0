package dev.dartboard.ui.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.data.DataPreparer;
import dev.dartboard.data.PreparedData;
import dev.dartboard.export.ExportFormat;
import dev.dartboard.export.RunExporter;
import dev.dartboard.export.arduino.ArduinoLibraryExporter;
import dev.dartboard.export.arduino.Publisher;
import dev.dartboard.export.blob.BlobReader;
import dev.dartboard.export.card.ArmBuildProbe;
import dev.dartboard.export.card.CardInputs;
import dev.dartboard.export.card.MeasuredSizes;
import dev.dartboard.export.card.ModelCardBuilder;
import dev.dartboard.export.card.ModelCardWriter;
import dev.dartboard.export.csource.CSourceExporter;
import dev.dartboard.export.tflite.TfliteWriter;
import dev.dartboard.io.JsonFiles;
import dev.dartboard.model.BoardProfile;
import dev.dartboard.model.Budget;
import dev.dartboard.nas.cost.CostModel;
import dev.dartboard.nas.cost.Costs;
import dev.dartboard.nas.cost.GenotypeLowering;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.QuantModelStore;
import dev.dartboard.quant.RunQuantizer;
import dev.dartboard.run.Provenance;
import dev.dartboard.run.RunFolder;
import dev.dartboard.run.RunLock;
import dev.dartboard.task.TaskCancelledException;
import dev.dartboard.task.TaskContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Exports a run into {@code <run>/export/} with the export command's service ({@link RunExporter}: the same files
 * and layout as {@code dartboard export --run RUN --out RUN/export}), always with the model card, so the page
 * shows the built sizes. Its int8 model is {@code RUN/model.int8.json} (or {@code RUN/model.blob}) when there is one,
 * else quantized now by {@link RunQuantizer} on the project's data set (as {@code dartboard quantize}, saving
 * model.int8.json and quant.json in the run). Holds the run's lock; records {@code export/provenance.json}.
 * {@link #export} is the one call the page makes (to be served by the application's export flow once it exists).
 * Thread-safe; runs on a worker.
 */
public final class ModelExporter {
    /** Where exports go inside a run folder. */
    public static final String DIR = RunFolder.EXPORT;
    private final DataPreparer preparer;
    private final RunQuantizer quantizer;
    private final QuantModelStore store;
    private final ObjectMapper mapper;
    private final BoardSource boards;

    /** The board profile of a board id or file (the project's board). */
    @FunctionalInterface
    public interface BoardSource { BoardProfile load(String idOrFile) throws IOException; }

    public ModelExporter(DataPreparer preparer, RunQuantizer quantizer, QuantModelStore store, ObjectMapper mapper, BoardSource boards) {
        this.preparer = preparer;
        this.quantizer = quantizer;
        this.store = store;
        this.mapper = mapper;
        this.boards = boards;
    }

    /** The .tflite with the model blob the board runs (the flash payload, {@link #blobOf}). */
    public static final Set<ExportFormat> TFLITE = EnumSet.of(ExportFormat.TFLITE, ExportFormat.BLOB);
    public static final Set<ExportFormat> C = EnumSet.of(ExportFormat.C);
    public static final Set<ExportFormat> ARDUINO = EnumSet.of(ExportFormat.ARDUINO);

    /**
     * Writes {@code formats} and the model card into {@code <run>/export/}.
     *
     * @param board the board id or profile file the card's estimate is for
     * @return the files and folders written (absolute), in {@link RunExporter}'s order
     */
    public List<Path> export(RunSummary run, Path dataFolder, String board, Set<ExportFormat> formats, TaskContext ctx)
            throws IOException, TaskCancelledException {
        try (RunLock lock = RunLock.ifExists(run.folder(), "the studio's export")) {
            QuantModel q = int8(run, dataFolder, ctx);
            ctx.checkCancelled();
            ctx.updateMessage("building the model card (Cortex-M4 build of the C library)");
            BoardProfile b = boards.load(board);
            Path folder = run.folder();
            Optional<MeasuredSizes> measured = new ArmBuildProbe(new CSourceExporter()).measure(q);
            CardInputs in = new CardInputs(q, run.model(), run.genotype(), json(folder.resolve(RunFolder.METRICS)),
                    json(folder.resolve(RunFolder.QUANT_REPORT)), b,
                    Files.isRegularFile(folder.resolve(RunFolder.BUDGET)) ? JsonFiles.read(mapper, folder.resolve(RunFolder.BUDGET), Budget.class, "budget") : null,
                    costs(run, b), measured);
            Set<ExportFormat> all = EnumSet.copyOf(formats);
            all.add(ExportFormat.CARD);
            CSourceExporter c = new CSourceExporter();
            Path out = folder.resolve(DIR).toAbsolutePath();
            List<Path> written = new RunExporter(new TfliteWriter(), c, new ArduinoLibraryExporter(c, Publisher.PLACEHOLDER),
                    new ModelCardBuilder(), new ModelCardWriter(mapper)).export(in, out, all);
            recordProvenance(folder, out, written);
            ctx.updateProgress(1);
            return written;
        }
    }

    /** The run's model on {@code board}, as the cost model estimates it. */
    public static Costs costs(RunSummary run, BoardProfile board) {
        return new CostModel(board, new GenotypeLowering()).of(run.model());
    }

    /** The exported .tflite of a run folder, {@code <run>/export/model.tflite}. */
    public static Path tfliteOf(Path run) { return run.resolve(DIR).resolve(RunExporter.TFLITE); }

    /** The model blob written beside a .tflite export (the flash payload). */
    public static Path blobOf(Path tflite) { return tflite.resolveSibling(RunExporter.BLOB); }

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
        ctx.updateProgress(0.4);
        ctx.updateMessage("quantizing");
        QuantModel q = quantizer.quantize(folder, run.model(), data, run.metricsSplit()).model();
        ctx.updateProgress(0.7);
        return q;
    }

    /** As the export command: every exported file is recorded as made from the run's int8 model. */
    private static void recordProvenance(Path run, Path out, List<Path> written) throws IOException {
        Path int8 = RunFolder.of(run).int8Model();
        if (!Files.isRegularFile(int8)) return;
        Provenance p = new Provenance(out);
        for (Path w : written) {
            try (var files = Files.walk(w)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) p.record(f, List.of(int8));
            }
        }
    }

    private JsonNode json(Path file) throws IOException {
        return Files.isRegularFile(file) ? JsonFiles.readTree(mapper, file, file.getFileName().toString()) : null;
    }
}
