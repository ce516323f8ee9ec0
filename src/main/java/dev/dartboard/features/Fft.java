package dev.dartboard.features;

/**
 * In-place radix-2 complex FFT of a fixed power-of-two size {@code n}, in double precision:
 * {@code X[k] = Σ_j x[j]·e^(−2πi·jk/n)} (forward, unscaled). Decimation in time; the first two
 * (multiplication-free) stages are fused, later stages are done two per pass over the data.
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
            cos[k] = Math.cos(2 * Math.PI * k / n);
            sin[k] = Math.sin(2 * Math.PI * k / n);
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
        int half = 1;
        if (n >= 4) {
            firstTwoStages(re, im);
            half = 4;
        }
        for (; 4 * half <= n; half *= 4) {
            for (int start = 0; start < n; start += 4 * half) twoStages(re, im, start, half);
        }
        if (half < n) {
            for (int start = 0; start < n; start += 2 * half) oneStage(re, im, start, half);
        }
    }

    /** Spans 1 and 2 fused: twiddles are 1 and −i only, so no multiplications. */
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

    /** Spans half and 2·half over one block of 4·half points (W = e^(−2πi/n) powers from the table). */
    private void twoStages(double[] re, double[] im, int start, int half) {
        int step1 = n / (2 * half), step2 = n / (4 * half);
        for (int j = 0; j < half; j++) {
            int a0 = start + j, a1 = a0 + half, a2 = a1 + half, a3 = a2 + half;
            double w1r = cos[j * step1], w1i = -sin[j * step1], w2r = cos[j * step2], w2i = -sin[j * step2];
            double tr = re[a1] * w1r - im[a1] * w1i, ti = re[a1] * w1i + im[a1] * w1r;
            double b0r = re[a0] + tr, b0i = im[a0] + ti, b1r = re[a0] - tr, b1i = im[a0] - ti;
            tr = re[a3] * w1r - im[a3] * w1i;
            ti = re[a3] * w1i + im[a3] * w1r;
            double b2r = re[a2] + tr, b2i = im[a2] + ti, b3r = re[a2] - tr, b3i = im[a2] - ti;
            tr = b2r * w2r - b2i * w2i;
            ti = b2r * w2i + b2i * w2r;
            re[a0] = b0r + tr; im[a0] = b0i + ti; re[a2] = b0r - tr; im[a2] = b0i - ti;
            double ur = b3r * w2r - b3i * w2i, ui = b3r * w2i + b3i * w2r; // b3·w2; its ·(−i) is (ui, −ur)
            re[a1] = b1r + ui; im[a1] = b1i - ur; re[a3] = b1r - ui; im[a3] = b1i + ur;
        }
    }

    /** The last stage when the stage count is odd: span half, one block of 2·half points. */
    private void oneStage(double[] re, double[] im, int start, int half) {
        int step = n / (2 * half);
        for (int j = 0; j < half; j++) {
            int a = start + j, b = a + half;
            double wr = cos[j * step], wi = -sin[j * step];
            double br = re[b] * wr - im[b] * wi, bi = re[b] * wi + im[b] * wr;
            re[b] = re[a] - br; im[b] = im[a] - bi;
            re[a] += br; im[a] += bi;
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
        for (int i = 0; i < n; i++) table[i] = bits == 0 ? 0 : Integer.reverse(i) >>> (32 - bits);
        return table;
    }
}
