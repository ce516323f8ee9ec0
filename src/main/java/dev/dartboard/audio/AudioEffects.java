package dev.dartboard.audio;

/**
 * The deterministic building blocks of augmentation, as pure functions on sample arrays
 * (full scale ±1; inputs are never modified, results are new arrays). Thread-safe.
 */
public final class AudioEffects {
    private final Resampler resampler;

    public AudioEffects(Resampler resampler) { this.resampler = resampler; }

    /** Delays by {@code samples} (negative: advances), same length, zero fill. */
    public float[] shift(float[] x, int samples) {
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            int from = i - samples;
            if (from >= 0 && from < x.length) y[i] = x[from];
        }
        return y;
    }

    /** Multiplies by 10^(db/20); no clipping. */
    public float[] gain(float[] x, double db) {
        double g = Math.pow(10, db / 20);
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) y[i] = (float) (x[i] * g);
        return y;
    }

    /**
     * Adds {@code noise} (looped from {@code offset}) scaled so that 10·log10(P_signal / P_added)
     * = {@code snrDb}, powers being mean squares over the length of x. Silent signal or noise: a copy of x.
     */
    public float[] mixAtSnr(float[] x, float[] noise, double snrDb, int offset) {
        double[] n = new double[x.length];
        double ps = 0, pn = 0;
        for (int i = 0; i < x.length; i++) {
            n[i] = noise.length == 0 ? 0 : noise[Math.floorMod(offset + i, noise.length)];
            ps += (double) x[i] * x[i];
            pn += n[i] * n[i];
        }
        if (ps == 0 || pn == 0) return x.clone();
        double k = Math.sqrt(ps / (pn * Math.pow(10, snrDb / 10)));
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) y[i] = (float) (x[i] + k * n[i]);
        return y;
    }

    /** Tape-style speed change: lasts 1/factor as long and every frequency is multiplied by factor. */
    public float[] speed(float[] x, int rate, double factor) {
        if (factor <= 0) throw new IllegalArgumentException("speed factor must be positive: " + factor);
        return resampler.resample(x, (int) Math.round(rate * factor), rate);
    }

    /** Multiplies every frequency by 2^(semitones/12), keeping the length (WSOLA stretch, then speed). */
    public float[] pitchShift(float[] x, int rate, double semitones) {
        if (semitones == 0) return x.clone();
        double ratio = Math.pow(2, semitones / 12);
        TimeStretcher stretcher = new TimeStretcher(2 * (int) Math.round(0.015 * rate), (int) Math.round(0.0125 * rate));
        float[] stretched = stretcher.stretch(x, ratio);
        float[] y = resampler.resample(stretched, (int) Math.round(rate * ratio), rate);
        return java.util.Arrays.copyOf(y, x.length);
    }
}
