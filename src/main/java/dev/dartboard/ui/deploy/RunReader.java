package dev.dartboard.ui.deploy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.train.RunStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads a run folder through {@link RunStore}; metrics.json is read here as a plain map (RunStore
 * only writes it). Thread-safe; call from a worker.
 */
public final class RunReader {
    private final RunStore store;
    private final ObjectMapper mapper;

    public RunReader(RunStore store, ObjectMapper mapper) {
        this.store = store;
        this.mapper = mapper;
    }

    /** @throws IOException saying which file is missing when the folder is not a run */
    public RunSummary read(Path run) throws IOException {
        for (String f : new String[]{RunStore.GENOTYPE, RunStore.LABELS, RunStore.MODEL})
            if (!Files.isRegularFile(run.resolve(f)))
                throw new IOException(run.getFileName() + " is not a training run: it has no " + f);
        Map<String, Object> metrics = Files.isRegularFile(run.resolve(RunStore.METRICS))
                ? mapper.readValue(run.resolve(RunStore.METRICS).toFile(), new TypeReference<Map<String, Object>>() { })
                : Map.of();
        return new RunSummary(run, store.genotype(run), store.labels(run), metrics, store.model(run));
    }
}
