package dev.dartboard.data;

/**
 * A background-noise file and its length.
 *
 * @param relPath relative '/'-separated path
 * @param samples length in samples at the data config's rate
 */
public record NoiseFile(String relPath, int samples) { }
