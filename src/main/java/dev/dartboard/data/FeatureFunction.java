package dev.dartboard.data;

import dev.dartboard.features.FeatureExtractor;
import dev.dartboard.model.DataConfig;

/**
 * The front end as the cache sees it: samples of one clip → a flat row-major frames × features
 * vector. One instance is used by one thread at a time (extractors keep scratch buffers); the cache
 * asks a supplier for one instance per worker.
 */
public interface FeatureFunction {
    /** Values produced per clip: frames × features. */
    int length();

    /** Writes {@link #length()} values into {@code out}; {@code samples} has the config's clip length. */
    void compute(float[] samples, float[] out);

    /** The production front end of {@code config}. */
    static FeatureFunction of(DataConfig config) {
        FeatureExtractor extractor = new FeatureExtractor(config);
        int length = config.frames() * config.features();
        return new FeatureFunction() {
            @Override public int length() { return length; }

            @Override public void compute(float[] samples, float[] out) { extractor.extract(samples, out); }
        };
    }
}
