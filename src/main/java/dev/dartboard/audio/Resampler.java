package dev.dartboard.audio;

/**
 * Band-limited sample-rate conversion by Kaiser-windowed sinc interpolation, for any pair of
 * rates (designed for 8–48 kHz). The low-pass cutoff sits at {@value #CUTOFF} of the lower
 * Nyquist frequency, so converting down removes what would alias (≥ 80 dB design stopband)
 * and converting up removes images. Samples outside the input count as zero.
 *
 * <p>Stateless apart from immutable tables: the kernel, built once per instance, and per rate pair the taps of
 * each output phase, built on first use: thread-safe.
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

    /** Largest number of phases (output rate / gcd) kept as a tap table; rarer rate pairs are computed tap by tap. */
    static final int MAX_PHASES = 4096;

    /** Rate pairs whose tables are kept (up to ~4 MB each); further pairs build theirs per call. */
    static final int MAX_TABLES = 64;

    private final double[] kernel = buildKernel();
    /** Per (fromRate, toRate): the taps of every output phase, built on first use (thread-safe, immutable once built). */
    private final java.util.concurrent.ConcurrentHashMap<Long, Polyphase> tables = new java.util.concurrent.ConcurrentHashMap<>();

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
        int g = gcd(fromRate, toRate);
        if (toRate / g > MAX_PHASES) return resampleDirect(in, fromRate, toRate);
        long key = ((long) fromRate << 32) | toRate;
        Polyphase table = tables.get(key);
        if (table == null) {
            table = new Polyphase(fromRate / g, toRate / g);
            if (tables.size() < MAX_TABLES) tables.putIfAbsent(key, table);   // else used once: memory stays bounded
        }
        table.apply(in, out);
        return out;
    }

    /** Rate pairs whose tables are kept now. */
    int tablesKept() { return tables.size(); }

    /**
     * The same conversion evaluated tap by tap from the kernel table (the definition the polyphase tables are
     * built from; used for rate pairs with too many phases to keep).
     */
    float[] resampleDirect(float[] in, int fromRate, int toRate) {
        int n = (int) Math.round((double) in.length * toRate / fromRate);
        float[] out = new float[n];
        double scale = Math.min(1.0, (double) toRate / fromRate);
        for (int i = 0; i < n; i++) out[i] = (float) interpolate(in, (double) i * fromRate / toRate, scale);
        return out;
    }

    /**
     * Rational conversion by M/L (from = M·g, to = L·g): output i sits at input position i·M/L, whose
     * fractional part is one of L phases p/L. Each phase's weights over the input samples around floor(i·M/L)
     * are computed once, so a clip costs one multiply-add per tap instead of a kernel-table interpolation.
     */
    private final class Polyphase {
        private final int m, l;
        private final int[] firstOffset;   // per phase: offset of its first tap from floor(position)
        private final double[][] weights;  // per phase: scale·h(|j − t|·scale) for its taps, in input order

        Polyphase(int m, int l) {
            this.m = m;
            this.l = l;
            double scale = Math.min(1.0, (double) l / m);
            double reach = HALF_WIDTH / scale;
            firstOffset = new int[l];
            weights = new double[l][];
            for (int p = 0; p < l; p++) {
                double frac = (double) p / l;
                int lo = (int) Math.ceil(frac - reach), hi = (int) Math.floor(frac + reach);
                firstOffset[p] = lo;
                double[] w = new double[hi - lo + 1];
                for (int k = lo; k <= hi; k++) w[k - lo] = kernelAt(Math.abs(k - frac) * scale) * scale;
                weights[p] = w;
            }
        }

        void apply(float[] x, float[] out) {
            for (int i = 0; i < out.length; i++) {
                long pos = (long) i * m;
                int base = (int) (pos / l), p = (int) (pos % l);
                double[] w = weights[p];
                int start = base + firstOffset[p];
                int k0 = Math.max(0, -start), k1 = Math.min(w.length, x.length - start);
                double sum = 0;
                for (int k = k0; k < k1; k++) sum += x[start + k] * w[k];
                out[i] = (float) sum;
            }
        }
    }

    private static int gcd(int a, int b) {
        while (b != 0) { int t = a % b; a = b; b = t; }
        return a;
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
            if (r >= 1) continue;   // zero at the support edge too, so a tap exactly there counts nothing on either path
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
