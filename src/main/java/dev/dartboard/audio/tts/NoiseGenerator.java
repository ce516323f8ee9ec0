package dev.dartboard.audio.tts;

import java.util.Random;

/**
 * Seeded background noises for {@code _background_noise_/}: white, pink, brown, mains hum and a
 * fan (low-passed noise with a slow swell). Output is mono at the given rate, RMS ≈ 0.1 (−20 dBFS).
 * Stateless apart from the seed; thread-safe.
 */
public final class NoiseGenerator {
    /** The noise kinds, in the order {@code _background_noise_} files are written. */
    public enum Kind { WHITE, PINK, BROWN, HUM, FAN }

    private static final double TARGET_RMS = 0.1;

    /** {@code seconds} of {@code kind} noise at {@code sampleRate} Hz. */
    public float[] generate(Kind kind, int sampleRate, double seconds, long seed) {
        Random rng = new Random(seed);
        int n = (int) Math.round(seconds * sampleRate);
        double[] x = switch (kind) {
            case WHITE -> white(n, rng);
            case PINK -> pink(n, rng);
            case BROWN -> brown(n, rng);
            case HUM -> hum(n, sampleRate, rng);
            case FAN -> fan(n, sampleRate, rng);
        };
        return normalise(x);
    }

    private static double[] white(int n, Random rng) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = rng.nextGaussian();
        return x;
    }

    /**
     * Voss–McCartney pink noise: 16 random rows, row k redrawn every 2^k samples (staggered),
     * summed with a white row — about −3 dB/octave at any sample rate.
     */
    private static double[] pink(int n, Random rng) {
        double[] rows = new double[16];
        double sum = 0;
        for (int k = 0; k < rows.length; k++) { rows[k] = rng.nextGaussian(); sum += rows[k]; }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            int k = Integer.numberOfTrailingZeros(i + 1);   // row k changes every 2^(k+1) samples
            if (k < rows.length) {
                double r = rng.nextGaussian();
                sum += r - rows[k];
                rows[k] = r;
            }
            x[i] = sum + rng.nextGaussian();
        }
        return x;
    }

    /** Leaky integral of white noise (−6 dB/octave). */
    private static double[] brown(int n, Random rng) {
        double[] x = new double[n];
        double s = 0;
        for (int i = 0; i < n; i++) {
            s = 0.995 * s + rng.nextGaussian();
            x[i] = s;
        }
        return x;
    }

    /** 50 Hz mains hum with odd harmonics over a little white noise. */
    private static double[] hum(int n, int rate, Random rng) {
        double[] x = new double[n];
        double f = 50 + rng.nextDouble() * 10;
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * f * i / rate;
            x[i] = Math.sin(t) + 0.5 * Math.sin(3 * t) + 0.25 * Math.sin(5 * t) + 0.05 * rng.nextGaussian();
        }
        return x;
    }

    /** One-pole low-passed noise whose level swells at ~0.3 Hz. */
    private static double[] fan(int n, int rate, Random rng) {
        double[] x = new double[n];
        double a = Math.exp(-2 * Math.PI * 600.0 / rate);
        double y = 0;
        for (int i = 0; i < n; i++) {
            y = a * y + (1 - a) * rng.nextGaussian();
            x[i] = y * (1 + 0.3 * Math.sin(2 * Math.PI * 0.3 * i / rate));
        }
        return x;
    }

    private static float[] normalise(double[] x) {
        double mean = 0, sq = 0;
        for (double v : x) mean += v;
        mean /= Math.max(1, x.length);
        for (double v : x) sq += (v - mean) * (v - mean);
        double rms = Math.sqrt(sq / Math.max(1, x.length));
        double g = rms > 0 ? TARGET_RMS / rms : 0;
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) out[i] = (float) Math.max(-1, Math.min(1, (x[i] - mean) * g));
        return out;
    }
}
