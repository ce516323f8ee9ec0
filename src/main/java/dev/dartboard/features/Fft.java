package dev.dartboard.features;

/**
 * In-place radix-2 complex FFT of a fixed power-of-two size {@code n}, in double precision:
 * {@code X[k] = Σ_j x[j]·e^(−2πi·jk/n)} (forward, unscaled).
 *
 * <p>Twiddles and the bit-reversal table are precomputed in the constructor. The instance holds
 * no mutable state: it is thread-safe, and the caller owns the arrays it transforms.
 */
public final class Fft {
    private final int n;
    private final int[] bitReverse;
    private final double[] cos;
    private final double[] sin;

    /** @param n transform length, a power of two ≥ 1 */
    public Fft(int n) {
        if (n < 1 || Integer.bitCount(n) != 1)
            throw new IllegalArgumentException("FFT size must be a power of two: " + n);
        this.n = n;
        this.bitReverse = bitReverseTable(n);
        this.cos = new double[Math.max(1, n / 2)];
        this.sin = new double[cos.length];
        for (int k = 0; k < n / 2; k++) {
            double a = 2 * Math.PI * k / n;
            cos[k] = Math.cos(a);
            sin[k] = Math.sin(a);
        }
    }

    /** Transform length. */
    public int size() { return n; }

    /**
     * Forward transform in place.
     *
     * @param re real parts, length ≥ n (only [0, n) is used)
     * @param im imaginary parts, length ≥ n
     */
    public void forward(double[] re, double[] im) {
        permute(re, im);
        if (n >= 4) firstTwoStages(re, im);
        for (int half = n >= 4 ? 4 : 1; half < n; half <<= 1) {
            int step = n / (2 * half);
            for (int start = 0; start < n; start += 2 * half) {
                butterflies(re, im, start, half, step);
            }
        }
    }

    private void butterflies(double[] re, double[] im, int start, int half, int step) {
        for (int j = 0, t = 0; j < half; j++, t += step) {
            int a = start + j;
            int b = a + half;
            double wr = cos[t];
            double wi = -sin[t];
            double br = re[b] * wr - im[b] * wi;
            double bi = re[b] * wi + im[b] * wr;
            re[b] = re[a] - br;
            im[b] = im[a] - bi;
            re[a] += br;
            im[a] += bi;
        }
    }

    /** Stages of span 2 and 4 fused: twiddles are 1 and −i only, so no multiplications. */
    private void firstTwoStages(double[] re, double[] im) {
        for (int a = 0; a < n; a += 4) {
            double r0 = re[a] + re[a + 1], i0 = im[a] + im[a + 1];
            double r1 = re[a] - re[a + 1], i1 = im[a] - im[a + 1];
            double r2 = re[a + 2] + re[a + 3], i2 = im[a + 2] + im[a + 3];
            double r3 = re[a + 2] - re[a + 3], i3 = im[a + 2] - im[a + 3];
            re[a] = r0 + r2; im[a] = i0 + i2;
            re[a + 2] = r0 - r2; im[a + 2] = i0 - i2;
            re[a + 1] = r1 + i3; im[a + 1] = i1 - r3;   // (r3 + i·i3)·(−i) = i3 − i·r3
            re[a + 3] = r1 - i3; im[a + 3] = i1 + r3;
        }
    }

    private void permute(double[] re, double[] im) {
        for (int i = 0; i < n; i++) {
            int j = bitReverse[i];
            if (j > i) {
                double tr = re[i]; re[i] = re[j]; re[j] = tr;
                double ti = im[i]; im[i] = im[j]; im[j] = ti;
            }
        }
    }

    private static int[] bitReverseTable(int n) {
        int bits = Integer.numberOfTrailingZeros(n);
        int[] table = new int[n];
        for (int i = 0; i < n; i++) {
            table[i] = bits == 0 ? 0 : Integer.reverse(i) >>> (32 - bits);
        }
        return table;
    }
}
