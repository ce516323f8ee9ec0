package dev.dartboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.data.PreparedData;
import dev.dartboard.io.JsonFiles;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.Split;
import dev.dartboard.quant.Calibrator;
import dev.dartboard.quant.FloatForward;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.QuantModelStore;
import dev.dartboard.quant.Quantizer;
import dev.dartboard.quant.RunQuantizer;
import dev.dartboard.train.RunStore;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * What the run-reading commands (eval, quantize, export) share: the trained model with a clear error
 * when there is none, the run's seed and evaluation split from {@code metrics.json}, and the int8
 * model loaded or made on demand. Stateless apart from the injected mapper.
 */
final class Runs {
    /** Calibration rows when the user gives none: a few hundred, as TFLite's converter is usually fed. */
    static final int DEFAULT_CALIBRATION = 300;
    private final ObjectMapper mapper;

    Runs(ObjectMapper mapper) { this.mapper = mapper; }

    FloatModel trainedModel(Path run) throws IOException {
        if (!Files.isRegularFile(run.resolve(RunStore.MODEL)))
            throw new NoSuchFileException(run.resolve(RunStore.MODEL) + ": RUN has no trained model: run dartboard train first");
        return new RunStore(mapper).model(run);
    }

    /** The seed metrics.json records (the unknown/silence draw depends on it); 1 when absent. */
    long seed(Path run) throws IOException {
        JsonNode seed = metric(run, "seed");
        return seed == null ? 1 : seed.asLong();
    }

    /** The split the run's metrics were computed on; test when absent. */
    Split metricsSplit(Path run) throws IOException {
        JsonNode s = metric(run, "split");
        if (s != null) for (Split v : Split.values()) if (v.jsonName().equals(s.asText())) return v;
        return Split.TEST;
    }

    /** The run's int8 model; quantized now (and saved) when {@code model.int8.json} is missing. */
    QuantModel int8(Path run, FloatModel model, PreparedData data, PrintWriter err) throws IOException {
        QuantModelStore store = new QuantModelStore(mapper);
        if (store.has(run)) return store.load(run);
        err.printf("%s has no %s: quantizing it now (%d calibration clips)%n", run, QuantModelStore.MODEL, DEFAULT_CALIBRATION);
        return quantizer(DEFAULT_CALIBRATION).quantize(run, model, data, metricsSplit(run)).model();
    }

    RunQuantizer quantizer(int rows) {
        return new RunQuantizer(new Quantizer(new Calibrator(new FloatForward())), new QuantModelStore(mapper), rows);
    }

    private JsonNode metric(Path run, String name) throws IOException {
        Path metrics = run.resolve(RunStore.METRICS);
        return Files.isRegularFile(metrics) ? JsonFiles.readTree(mapper, metrics, "metrics file").get(name) : null;
    }
}
