package dev.dartboard.quant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dartboard.io.AtomicFiles;
import dev.dartboard.io.JsonFiles;
import dev.dartboard.run.RunFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The int8 files of a run folder: {@code model.int8.json} ({@link QuantModel}: int8 weights as base64,
 * floats written shortest-exact, so a load is bit-identical to what was saved) and {@code quant.json}
 * (the quantization report: calibration and float vs int8 accuracy, see {@link RunQuantizer}).
 * Each write is atomic ({@link AtomicFiles}). Thread-safe for distinct folders.
 */
public final class QuantModelStore {
    public static final String MODEL = RunFolder.INT8_MODEL, REPORT = RunFolder.QUANT_REPORT;
    /** The firmware's model blob of the same int8 model, written beside it by {@code dartboard quantize}. */
    public static final String BLOB = RunFolder.BLOB;
    private final ObjectMapper mapper;

    public QuantModelStore(ObjectMapper mapper) {
        this.mapper = mapper.copy().disable(SerializationFeature.INDENT_OUTPUT);
    }

    /**
     * Saves the int8 model, recorded in {@code provenance.json} as made from the run's float model. The
     * blob and the pipeline's exports ({@code export/}) of the previous int8 model are deleted: they no longer
     * match ({@link #saveBlob} writes the new blob).
     */
    public void save(Path run, QuantModel model) throws IOException {
        Files.createDirectories(run);
        RunFolder f = RunFolder.of(run);
        f.provenance().forget(List.of(f.int8Model(), f.blob()));
        Files.deleteIfExists(f.blob());
        f.removeExports();
        AtomicFiles.write(f.int8Model(), mapper.writeValueAsBytes(model));
        f.provenance().record(f.int8Model(), f.hasFloatModel() ? List.of(f.floatModel()) : List.of());
    }

    /** Saves the firmware blob of the run's int8 model (bytes made by the export layer's blob writer) as made from it. */
    public void saveBlob(Path run, byte[] blob) throws IOException {
        RunFolder f = RunFolder.of(run);
        AtomicFiles.write(f.blob(), blob);
        f.provenance().record(f.blob(), Files.isRegularFile(f.int8Model()) ? List.of(f.int8Model()) : List.of());
    }

    public boolean has(Path run) {
        return Files.isRegularFile(run.resolve(MODEL));
    }

    /**
     * @throws NoSuchFileException naming the file, when the run was never quantized
     * @throws dev.dartboard.run.Provenance.StaleFileException when it was made from another float model than the run's
     */
    public QuantModel load(Path run) throws IOException {
        Path f = run.resolve(MODEL);
        if (!Files.isRegularFile(f)) throw new NoSuchFileException(f + ": the run has no int8 model (run dartboard quantize --data DIR --run " + run + ")");
        RunFolder.of(run).provenance().verify(f);   // refuses an int8 model of an earlier float model
        return JsonFiles.read(mapper, f, QuantModel.class, "int8 model");
    }

    public void saveReport(Path run, Map<String, Object> report) throws IOException {
        AtomicFiles.write(run.resolve(REPORT), mapper.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(report));
    }

    /** The quantization report, if the run has one. */
    public Optional<JsonNode> report(Path run) throws IOException {
        Path f = run.resolve(REPORT);
        return Files.isRegularFile(f) ? Optional.of(JsonFiles.readTree(mapper, f, "quantization report")) : Optional.empty();
    }
}
