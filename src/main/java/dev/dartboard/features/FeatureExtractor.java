package dev.dartboard.features;

import dev.dartboard.model.DataConfig;

/**
 * The front end of DESIGN.md for one {@link DataConfig} (see its contract).
 * Instances precompute windows and filterbanks; one instance is NOT thread-safe (scratch
 * buffers): use one per thread.
 */
public final class FeatureExtractor {
    private final DataConfig config;

    public FeatureExtractor(DataConfig config) {
        this.config = config;
    }

    public DataConfig config() { return config; }

    /**
     * Features of a clip already at {@code config.sampleRate()}; shorter clips are zero-padded at the
     * end, longer ones cropped to {@code config.clipSamples()}.
     *
     * @param out row-major frames × features, length {@code frames() * features()}
     */
    public void extract(float[] samples, float[] out) {
        throw new UnsupportedOperationException("front end not implemented yet");
    }

    /** Convenience: a fresh frames × features matrix. */
    public float[][] extract(float[] samples) {
        float[] flat = new float[config.frames() * config.features()];
        extract(samples, flat);
        float[][] m = new float[config.frames()][];
        for (int t = 0; t < m.length; t++)
            m[t] = java.util.Arrays.copyOfRange(flat, t * config.features(), (t + 1) * config.features());
        return m;
    }
}
