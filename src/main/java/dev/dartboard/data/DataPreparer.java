package dev.dartboard.data;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.LabelSet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The data step of the pipeline in one call: scan → label set → examples (seeded) → cached
 * features. The cache holds the plan's sources, so a second run with the same files, config,
 * targets and seed only maps the float file. With the front end's config, clip files shorter than its analysis
 * window are rejected ({@link ClipLength}). Thread-safe if its collaborators (and listener) are.
 */
public final class DataPreparer {
    private final DatasetScanner scanner;
    private final LabelSetResolver resolver;
    private final ClipReader reader;
    private final FeatureCache cache;
    private final Consumer<PreparedData> listener;

    public DataPreparer(DatasetScanner scanner, LabelSetResolver resolver, ClipReader reader, FeatureCache cache) {
        this(scanner, resolver, reader, cache, p -> { });
    }

    private DataPreparer(DatasetScanner scanner, LabelSetResolver resolver, ClipReader reader, FeatureCache cache,
                         Consumer<PreparedData> listener) {
        this.scanner = scanner;
        this.resolver = resolver;
        this.reader = reader;
        this.cache = cache;
        this.listener = listener;
    }

    /**
     * The same data step that also hands every prepared data set to {@code listener} (e.g. a {@link DataReport}
     * writer), on the preparing thread, before {@code prepare} returns.
     */
    public DataPreparer reporting(Consumer<PreparedData> listener) {
        return new DataPreparer(scanner, resolver, reader, cache, listener);
    }

    /** With the production front end of {@code config}. */
    public PreparedData prepare(Path root, DataConfig config, List<String> targets, long seed) throws IOException {
        return prepare(root, FeatureShape.of(config), config.sampleRate(), config.clipSamples(), config.windowMs(), targets, seed,
                () -> FeatureFunction.of(config));
    }

    /**
     * @param rate        Hz the files are read at
     * @param clipSamples samples per example at {@code rate}
     * @param targets     explicit target words, or empty to let {@link LabelSetResolver} decide
     * @param fns         one front end per cache worker
     */
    public PreparedData prepare(Path root, FeatureShape shape, int rate, int clipSamples, List<String> targets,
                                long seed, Supplier<FeatureFunction> fns) throws IOException {
        return prepare(root, shape, rate, clipSamples, 0, targets, seed, fns);
    }

    private PreparedData prepare(Path root, FeatureShape shape, int rate, int clipSamples, double windowMs, List<String> targets,
                                 long seed, Supplier<FeatureFunction> fns) throws IOException {
        Dataset ds = scanner.scan(root);
        LabelSet labels = resolver.resolve(ds, targets);
        WavSampleSource samples = new WavSampleSource(ds.root(), reader, rate, clipSamples, windowMs);
        ExamplePlan plan = new ExampleSampler(seed).plan(ds, labels, samples.noiseFiles(ds), clipSamples);
        FeatureTable table = cache.load(ds.root(), shape, plan.sources(), samples, fns);
        PreparedData prepared = new PreparedData(ds, plan, table);
        listener.accept(prepared);
        return prepared;
    }
}
