package dev.dartboard.quant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dartboard.io.AtomicFiles;
import dev.dartboard.io.JsonFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The int8 files of a run folder: {@code model.int8.json} ({@link QuantModel}: int8 weights as base64,
 * floats written shortest-exact, so a load is bit-identical to what was saved) and {@code quant.json}
 * (the quantization report: calibration and float vs int8 accuracy, see {@link RunQuantizer}).
 * Each write is atomic ({@link AtomicFiles}). Thread-safe for distinct folders.
 */
public final class QuantModelStore {
    public static final String MODEL = "model.int8.json", REPORT = "quant.json";
    /** The firmware's model blob of the same int8 model, written beside it by {@code dartboard quantize}. */
    public static final String BLOB = "model.blob";
    private final ObjectMapper mapper;

    public QuantModelStore(ObjectMapper mapper) {
        this.mapper = mapper.copy().disable(SerializationFeature.INDENT_OUTPUT);
    }

    public void save(Path run, QuantModel model) throws IOException {
        Files.createDirectories(run);
        AtomicFiles.write(run.resolve(MODEL), mapper.writeValueAsBytes(model));
    }

    public boolean has(Path run) {
        return Files.isRegularFile(run.resolve(MODEL));
    }

    /** @throws NoSuchFileException naming the file, when the run was never quantized */
    public QuantModel load(Path run) throws IOException {
        Path f = run.resolve(MODEL);
        if (!Files.isRegularFile(f)) throw new NoSuchFileException(f + ": the run has no int8 model (run dartboard quantize --data DIR --run " + run + ")");
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
