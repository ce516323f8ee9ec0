package dev.dartboard.audio.tts;

import java.util.Arrays;
import java.util.Random;

/**
 * Turns a spoken word into a keyword clip as GSC records them: silence trimmed, placed at a
 * random offset in a fixed-length clip, at a random level, over background noise at a random SNR.
 * Deterministic for a given {@link Random}; thread-safe (stateless).
 */
public final class ClipComposer {
    /** Silence threshold relative to the peak, and the margin kept around the word (samples = rate·ms/1000). */
    static final double TRIM_RELATIVE = 0.02;
    static final double MARGIN_MS = 20;

    private final SynthMix mix;

    public ClipComposer(SynthMix mix) {
        this.mix = mix;
    }

    /**
     * @param speech word audio at {@code rate}; not modified
     * @param noise  a background noise at the same rate, or null for none
     * @return {@code clipSamples} samples
     */
    public float[] compose(float[] speech, float[] noise, int rate, int clipSamples, Random rng) {
        float[] word = trim(speech, (int) Math.round(rate * MARGIN_MS / 1000));
        if (word.length > clipSamples) word = Arrays.copyOf(word, clipSamples);
        scaleToPeakDb(word, mix.minPeakDb() + rng.nextDouble() * (mix.maxPeakDb() - mix.minPeakDb()));
        float[] clip = new float[clipSamples];
        int offset = rng.nextInt(clipSamples - word.length + 1);
        System.arraycopy(word, 0, clip, offset, word.length);
        if (noise != null && rng.nextDouble() < mix.noiseProbability()) {
            double snr = mix.minSnrDb() + rng.nextDouble() * (mix.maxSnrDb() - mix.minSnrDb());
            addNoise(clip, rms(word), noise, snr, rng);
        }
        return clip;
    }

    /** The part of {@code x} between the first and last sample above 2% of the peak, ± margin. */
    static float[] trim(float[] x, int margin) {
        double peak = 0;
        for (float v : x) peak = Math.max(peak, Math.abs(v));
        if (peak == 0) return new float[0];
        int first = 0, last = x.length - 1;
        while (Math.abs(x[first]) < TRIM_RELATIVE * peak) first++;
        while (Math.abs(x[last]) < TRIM_RELATIVE * peak) last--;
        return Arrays.copyOfRange(x, Math.max(0, first - margin), Math.min(x.length, last + 1 + margin));
    }

    static double rms(float[] x) {
        double s = 0;
        for (float v : x) s += (double) v * v;
        return x.length == 0 ? 0 : Math.sqrt(s / x.length);
    }

    private static void scaleToPeakDb(float[] x, double peakDb) {
        double peak = 0;
        for (float v : x) peak = Math.max(peak, Math.abs(v));
        if (peak == 0) return;
        double g = Math.pow(10, peakDb / 20) / peak;
        for (int i = 0; i < x.length; i++) x[i] = (float) (x[i] * g);
    }

    /** Adds a random stretch of {@code noise} so that 20·log10(speechRms / noiseRms) = snrDb. */
    static void addNoise(float[] clip, double speechRms, float[] noise, double snrDb, Random rng) {
        int start = noise.length > clip.length ? rng.nextInt(noise.length - clip.length + 1) : 0;
        float[] seg = new float[clip.length];
        for (int i = 0; i < clip.length; i++) seg[i] = noise[(start + i) % noise.length];
        double nRms = rms(seg);
        if (nRms == 0 || speechRms == 0) return;
        double g = speechRms / (nRms * Math.pow(10, snrDb / 20));
        for (int i = 0; i < clip.length; i++) clip[i] = (float) Math.max(-1, Math.min(1, clip[i] + g * seg[i]));
    }
}
