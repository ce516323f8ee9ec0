package dev.dartboard.features;

/**
 * Power spectrum of a real signal of power-of-two length {@code n}:
 * {@code P[k] = |Σ_j x[j]·e^(−2πi·jk/n)|²} for k = 0 … n/2 (the rfft bins), no scaling.
 *
 * <p>Computed as one complex FFT of size n/2 over the even/odd samples packed as re/im, then
 * split into the real spectrum. Holds scratch buffers: one instance is NOT thread-safe.
 */
public final class PowerSpectrum {
    private final int n;
    private final int m;
    private final Fft fft;
    private final double[] re;
    private final double[] im;
    private final double[] cos;
    private final double[] sin;

    /** @param n signal length, a power of two ≥ 2 */
    public PowerSpectrum(int n) {
        if (n < 2 || Integer.bitCount(n) != 1)
            throw new IllegalArgumentException("real FFT size must be a power of two ≥ 2: " + n);
        this.n = n;
        this.m = n / 2;
        this.fft = new Fft(m);
        this.re = new double[m];
        this.im = new double[m];
        this.cos = new double[m + 1];
        this.sin = new double[m + 1];
        for (int k = 0; k <= m; k++) {
            cos[k] = Math.cos(2 * Math.PI * k / n);
            sin[k] = Math.sin(2 * Math.PI * k / n);
        }
    }

    /** Signal length n. */
    public int size() { return n; }

    /** Number of output bins, n/2 + 1. */
    public int bins() { return m + 1; }

    /**
     * @param x   the signal, length ≥ n (only [0, n) is read; not modified)
     * @param out receives n/2 + 1 powers
     */
    public void compute(double[] x, double[] out) {
        for (int j = 0; j < m; j++) {
            re[j] = x[2 * j];
            im[j] = x[2 * j + 1];
        }
        fft.forward(re, im);
        double dc = re[0] + im[0];
        double nyquist = re[0] - im[0];
        out[0] = dc * dc;
        out[m] = nyquist * nyquist;
        for (int k = 1; k < m; k++) out[k] = binPower(k);
    }

    /** |X[k]|² from Z[k] and Z[m−k]: X = (Z[k] + Z*[m−k])/2 + W^k·(Z[k] − Z*[m−k])/(2i). */
    private double binPower(int k) {
        double a = re[k], b = im[k], c = re[m - k], d = im[m - k];
        double eRe = 0.5 * (a + c), eIm = 0.5 * (b - d);
        double oRe = 0.5 * (b + d), oIm = 0.5 * (c - a);
        double xRe = eRe + cos[k] * oRe + sin[k] * oIm;
        double xIm = eIm + cos[k] * oIm - sin[k] * oRe;
        return xRe * xRe + xIm * xIm;
    }
}
