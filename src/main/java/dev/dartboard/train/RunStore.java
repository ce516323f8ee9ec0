package dev.dartboard.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.LabelSet;
import dev.dartboard.io.AtomicFiles;
import dev.dartboard.io.JsonFiles;
import dev.dartboard.run.GenotypeJson;
import dev.dartboard.run.RunFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A training run folder. {@code genotype.json} ({@link GenotypeJson}, the format the search writes), {@code labels.json}
 * ({@link LabelSet}: targets and shares; class order = {@code labels()}), {@code model.float.json}
 * ({@link FloatModel}: ops with weights in TFLite layouts, floats written shortest-exact so they read back
 * bit-identical), {@code metrics.json} (free-form map). Each file is written atomically (temp, fsync,
 * rename). Thread-safe for distinct folders.
 */
public final class RunStore {
    public static final String GENOTYPE = RunFolder.GENOTYPE, LABELS = RunFolder.LABELS, MODEL = RunFolder.FLOAT_MODEL, METRICS = RunFolder.METRICS;
    private final ObjectMapper mapper;

    public RunStore(ObjectMapper mapper) { this.mapper = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT); }

    /**
     * Writes the run's genotype, label set and model (the metrics separately, {@link #saveMetrics}). What was
     * made from an earlier model of the folder (int8 model, quant.json, model.blob, export/) is deleted
     * first, and the model's inputs (genotype, labels) are recorded in {@code provenance.json}.
     */
    public void save(Path run, Genotype g, LabelSet labels, FloatModel model) throws IOException {
        Files.createDirectories(run);
        RunFolder f = RunFolder.of(run);
        f.removeDerivedFromFloatModel();
        f.provenance().forget(java.util.List.of(f.floatModel()));
        write(f.genotype(), mapper.writeValueAsBytes(GenotypeJson.of(g)));
        write(f.labels(), mapper.writeValueAsBytes(labels));
        write(f.floatModel(), mapper.copy().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(model));
        f.provenance().record(f.floatModel(), java.util.List.of(f.genotype(), f.labels()));
    }

    public void saveMetrics(Path run, Map<String, Object> metrics) throws IOException {
        write(run.resolve(METRICS), mapper.writeValueAsBytes(metrics));
    }

    /** The run's float model, refused ({@link dev.dartboard.run.Provenance.StaleFileException}) when its genotype or labels changed since. */
    public FloatModel model(Path run) throws IOException {
        RunFolder.of(run).provenance().verify(run.resolve(MODEL));
        return JsonFiles.read(mapper, run.resolve(MODEL), FloatModel.class, "float model");
    }

    public Genotype genotype(Path run) throws IOException { return readGenotype(run.resolve(GENOTYPE)); }

    public LabelSet labels(Path run) throws IOException { return JsonFiles.read(mapper, run.resolve(LABELS), LabelSet.class, "label set"); }

    /** Reads any genotype JSON file in the {@link GenotypeJson} format (a search's or a run's genotype.json); errors name the file. */
    public Genotype readGenotype(Path file) throws IOException {
        try {
            return GenotypeJson.read(JsonFiles.readTree(mapper, file, "genotype"), file.toString());
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        AtomicFiles.write(target, bytes);
    }
}
