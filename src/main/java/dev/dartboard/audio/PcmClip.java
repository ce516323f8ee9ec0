package dev.dartboard.audio;

/**
 * Mono audio as floats in [-1, 1] at a known rate. The array is owned by the clip: callers
 * must not mutate it after construction (copy first).
 *
 * @param samples    mono samples, full scale ±1.0
 * @param sampleRate Hz
 */
public record PcmClip(float[] samples, int sampleRate) {
    public PcmClip {
        if (samples == null) throw new IllegalArgumentException("samples are required");
        if (sampleRate <= 0) throw new IllegalArgumentException("sample rate must be positive: " + sampleRate);
    }

    /** Duration in milliseconds. */
    public double durationMs() { return samples.length * 1000.0 / sampleRate; }

    /** A copy zero-padded at the end or cropped to exactly {@code n} samples (GSC clips are often short). */
    public PcmClip fitTo(int n) {
        return new PcmClip(java.util.Arrays.copyOf(samples, n), sampleRate);
    }
}
