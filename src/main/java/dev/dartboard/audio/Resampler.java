package dev.dartboard.audio;

/**
 * Band-limited sample-rate conversion by Kaiser-windowed sinc interpolation, for any pair of
 * rates (designed for 8–48 kHz). The low-pass cutoff sits at {@value #CUTOFF} of the lower
 * Nyquist frequency, so converting down removes what would alias (≥ 80 dB design stopband)
 * and converting up removes images. Samples outside the input count as zero.
 *
 * <p>Stateless apart from an immutable kernel table built once per instance: thread-safe.
 */
public final class Resampler {
    /** Cutoff (−6 dB) as a fraction of the lower Nyquist frequency. */
    static final double CUTOFF = 0.95;
    /** Kernel half-width in samples at the lower of the two rates. */
    static final int HALF_WIDTH = 64;
    /** Kaiser β for about 80 dB stopband attenuation. */
    static final double BETA = 8.0;
    /** Table entries per sample (at the lower rate) of kernel offset; linear interpolation between. */
    private static final int PHASES = 512;

    private final double[] kernel = buildKernel();

    /**
     * {@code in} at {@code fromRate} Hz converted to {@code toRate} Hz; the result has
     * round(in.length · toRate / fromRate) samples and is a new array (a copy when the rates match).
     */
    public float[] resample(float[] in, int fromRate, int toRate) {
        if (fromRate <= 0 || toRate <= 0)
            throw new IllegalArgumentException("rates must be positive: " + fromRate + " → " + toRate);
        if (fromRate == toRate) return in.clone();
        int n = (int) Math.round((double) in.length * toRate / fromRate);
        float[] out = new float[n];
        double scale = Math.min(1.0, (double) toRate / fromRate);
        for (int i = 0; i < n; i++) out[i] = (float) interpolate(in, (double) i * fromRate / toRate, scale);
        return out;
    }

    /** Σ x[j]·scale·h((j − t)·scale) over the kernel's support around input position t. */
    private double interpolate(float[] x, double t, double scale) {
        double reach = HALF_WIDTH / scale;
        int first = Math.max(0, (int) Math.ceil(t - reach));
        int last = Math.min(x.length - 1, (int) Math.floor(t + reach));
        double sum = 0;
        for (int j = first; j <= last; j++) sum += x[j] * kernelAt(Math.abs(j - t) * scale);
        return sum * scale;
    }

    /** h(d) for d ≥ 0 in lower-rate samples, linearly interpolated from the table. */
    private double kernelAt(double d) {
        double pos = d * PHASES;
        int k = (int) pos;
        if (k >= kernel.length - 1) return 0.0;
        double frac = pos - k;
        return kernel[k] + frac * (kernel[k + 1] - kernel[k]);
    }

    /** h(d) = 2fc·sinc(2fc·d)·kaiser(d / HALF_WIDTH), fc = CUTOFF / 2 cycles per lower-rate sample. */
    private static double[] buildKernel() {
        double[] h = new double[HALF_WIDTH * PHASES + 2];
        double fc = CUTOFF / 2;
        double norm = besselI0(BETA);
        for (int k = 0; k < h.length; k++) {
            double d = (double) k / PHASES;
            double r = d / HALF_WIDTH;
            if (r > 1) continue;
            double arg = 2 * fc * d;
            double sinc = arg == 0 ? 1.0 : Math.sin(Math.PI * arg) / (Math.PI * arg);
            h[k] = 2 * fc * sinc * besselI0(BETA * Math.sqrt(1 - r * r)) / norm;
        }
        return h;
    }

    /** Zeroth-order modified Bessel function of the first kind (power series). */
    static double besselI0(double x) {
        double sum = 1, term = 1, q = x * x / 4;
        for (int k = 1; k < 50 && term > 1e-12 * sum; k++) {
            term *= q / ((double) k * k);
            sum += term;
        }
        return sum;
    }
}
