package dev.dartboard.data;

import dev.dartboard.model.DataConfig;

/**
 * What the cache needs to know of a front end: its stable id and output shape.
 *
 * @param configId {@link DataConfig#id()}, part of the cache key and file names
 * @param frames   frames per clip
 * @param features values per frame
 */
public record FeatureShape(String configId, int frames, int features) {
    public FeatureShape {
        if (configId == null || configId.isBlank() || configId.contains("/"))
            throw new IllegalArgumentException("invalid config id: " + configId);
        if (frames <= 0 || features <= 0) throw new IllegalArgumentException("frames and features must be positive");
    }

    public static FeatureShape of(DataConfig config) {
        return new FeatureShape(config.id(), config.frames(), config.features());
    }

    /** frames × features. */
    public int length() { return frames * features; }
}
