package dev.dartboard.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.data.DataPreparer;
import dev.dartboard.data.PreparedData;
import dev.dartboard.export.blob.BlobReader;
import dev.dartboard.export.blob.BlobWriter;
import dev.dartboard.io.JsonFiles;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.Split;
import dev.dartboard.quant.Calibrator;
import dev.dartboard.quant.FloatForward;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.QuantModelStore;
import dev.dartboard.quant.Quantizer;
import dev.dartboard.quant.RunQuantizer;
import dev.dartboard.run.RunFolder;
import dev.dartboard.run.RunLock;
import dev.dartboard.train.RunStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Int8 quantization of a trained run, and what every reader of a run's models shares: the trained model with a
 * clear error when there is none, the run's seed and evaluation split from {@code metrics.json}, the run's data
 * prepared as it was trained on, and "the int8 model, loaded, or quantized now" ({@link #int8}) — written here
 * once for {@code quantize}, {@code eval --int8}, {@code export} and the pipeline. Stateless apart from its
 * collaborators; one writer per run folder ({@link RunLock}).
 */
public record QuantizeFlow(DataPreparer preparer, ObjectMapper mapper) {

    /** @throws NoSuchFileException naming {@code model.float.json} and the train command when the run has none */
    public FloatModel trainedModel(Path run) throws IOException {
        Path file = RunFolder.of(run).floatModel();
        if (!Files.isRegularFile(file)) throw new NoSuchFileException(file + ": RUN has no trained model: run dartboard train first");
        return new RunStore(mapper).model(run);
    }

    /** The seed metrics.json records (the unknown/silence draw depends on it); 1 when absent. */
    public long seed(Path run) throws IOException {
        JsonNode seed = metric(run, "seed");
        return seed == null ? FlowDefaults.SEED : seed.asLong();
    }

    /** The split the run's metrics were computed on; test when absent. */
    public Split metricsSplit(Path run) throws IOException {
        JsonNode s = metric(run, "split");
        if (s != null) for (Split v : Split.values()) if (v.jsonName().equals(s.asText())) return v;
        return Split.TEST;
    }

    /** {@code data} prepared for {@code model} with the run's target words and seed, as it was trained on. */
    public PreparedData data(Path run, Path data, FloatModel model) throws IOException {
        return data(preparer, run, data, model);
    }

    /** The same with another data step (e.g. other shares of unknown words). */
    public PreparedData data(DataPreparer with, Path run, Path data, FloatModel model) throws IOException {
        return with.prepare(data, model.dataConfig(), new RunStore(mapper).labels(run).targets(), seed(run));
    }

    /** The quantized model and its report. */
    public record Result(QuantModel model, java.util.Map<String, Object> report) { }

    /**
     * Quantizes the run on {@code calibration} training clips of {@code data}: writes {@code model.int8.json},
     * {@code quant.json} and {@code model.blob} (float and Q15 front ends alike), under the run's lock.
     */
    public Result quantize(Path run, Path data, int calibration) throws IOException {
        try (RunLock lock = RunLock.ifExists(run, "Dartboard quantize")) {
            FloatModel model = trainedModel(run);
            RunQuantizer.Outcome o = quantizer(calibration).quantize(run, model, data(run, data, model), metricsSplit(run));
            new QuantModelStore(mapper).saveBlob(run, new BlobWriter().write(o.model()));
            return new Result(o.model(), o.report());
        }
    }

    /** Whether the run has an int8 model that {@link #int8} reads without quantizing: model.int8.json or model.blob. */
    public boolean hasInt8(Path run) {
        return new QuantModelStore(mapper).has(run) || Files.isRegularFile(RunFolder.of(run).blob());
    }

    /**
     * The run's int8 model: {@code model.int8.json}; else the model inside {@code model.blob} (a run that kept only
     * its blob); else — when {@code prepared} can supply the data — quantized now on {@link FlowDefaults#CALIBRATION_CLIPS}
     * clips and saved (model.int8.json, quant.json), with one line to {@code notices}.
     *
     * @param prepared the run's data, or null: then a run with neither file is an error naming model.int8.json and the quantize command
     * @throws IOException naming model.blob when that is what it reads and it is no valid blob
     */
    public QuantModel int8(Path run, FloatModel model, PreparedData prepared, Consumer<String> notices) throws IOException {
        QuantModelStore store = new QuantModelStore(mapper);
        if (store.has(run)) return store.load(run);
        Path blob = RunFolder.of(run).blob();
        if (Files.isRegularFile(blob)) {
            try {
                return new BlobReader().read(Files.readAllBytes(blob)).model();
            } catch (IOException | RuntimeException e) {
                throw new IOException(blob + ": not a valid model blob: " + e.getMessage(), e);
            }
        }
        if (prepared == null) return store.load(run);
        notices.accept(String.format("%s has no %s: quantizing it now (%d calibration clips)", run, QuantModelStore.MODEL,
                FlowDefaults.CALIBRATION_CLIPS));
        return quantizer(FlowDefaults.CALIBRATION_CLIPS).quantize(run, model, prepared, metricsSplit(run)).model();
    }

    /** {@link #int8} preparing {@code data} only when the model must be quantized; {@code data} null: no quantizing. */
    public QuantModel int8(Path run, FloatModel model, Path data, Consumer<String> notices) throws IOException {
        if (hasInt8(run) || data == null) return int8(run, model, (PreparedData) null, notices);
        return int8(run, model, data(run, data, model), notices);
    }

    private RunQuantizer quantizer(int rows) {
        return new RunQuantizer(new Quantizer(new Calibrator(new FloatForward())), new QuantModelStore(mapper), rows);
    }

    private JsonNode metric(Path run, String name) throws IOException {
        Path metrics = RunFolder.of(run).metrics();
        return Files.isRegularFile(metrics) ? JsonFiles.readTree(mapper, metrics, "metrics file").get(name) : null;
    }
}
