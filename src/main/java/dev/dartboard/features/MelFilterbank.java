package dev.dartboard.features;

import java.util.Arrays;

/**
 * Triangular HTK-mel filterbank over the {@code nFft/2 + 1} rfft bins, f_min 0 Hz, f_max sr/2,
 * no area normalisation: the same weights as torchaudio
 * {@code melscale_fbanks(nFft/2+1, 0, sr/2, melBins, sr, norm=None, mel_scale="htk")}
 * (bin k sits at k·sr/nFft Hz; torchaudio uses (sr//2)·k/(nFft/2), identical for even rates).
 *
 * <p>Stored sparsely: filter j covers bins [firstBin(j), firstBin(j) + weights(j).length), all
 * weights positive; a filter that no bin centre falls into is empty (its output is 0).
 * Immutable and thread-safe.
 */
public final class MelFilterbank {
    private final int fftBins;
    private final int[] first;
    private final double[][] weights;

    /**
     * @param sampleRate Hz
     * @param nFft       FFT length (the filterbank spans nFft/2 + 1 bins)
     * @param melBins    number of filters
     */
    public MelFilterbank(int sampleRate, int nFft, int melBins) {
        if (sampleRate <= 0 || nFft < 2 || melBins < 1)
            throw new IllegalArgumentException("bad filterbank: sr=" + sampleRate + " nFft=" + nFft + " mels=" + melBins);
        this.fftBins = nFft / 2 + 1;
        this.first = new int[melBins];
        this.weights = new double[melBins][];
        double[] edges = edgesHz(sampleRate / 2.0, melBins);
        for (int j = 0; j < melBins; j++) buildFilter(j, edges, (double) sampleRate / nFft);
    }

    /** HTK mel of a frequency in Hz: 2595·log10(1 + f/700). */
    public static double hzToMel(double hz) { return 2595.0 * Math.log10(1.0 + hz / 700.0); }

    /** Inverse of {@link #hzToMel}. */
    public static double melToHz(double mel) { return 700.0 * (Math.pow(10.0, mel / 2595.0) - 1.0); }

    /** melBins + 2 filter edges in Hz, equally spaced in mel from 0 to fMax. */
    private static double[] edgesHz(double fMax, int melBins) {
        double mMax = hzToMel(fMax);
        double[] f = new double[melBins + 2];
        for (int i = 0; i < f.length; i++) f[i] = melToHz(mMax * i / (melBins + 1));
        return f;
    }

    private void buildFilter(int j, double[] f, double binHz) {
        double[] w = new double[fftBins];
        int lo = -1, hi = -1;
        for (int k = 0; k < fftBins; k++) {
            double hz = k * binHz;
            double up = (hz - f[j]) / (f[j + 1] - f[j]);
            double down = (f[j + 2] - hz) / (f[j + 2] - f[j + 1]);
            w[k] = Math.max(0.0, Math.min(up, down));
            if (w[k] > 0) {
                if (lo < 0) lo = k;
                hi = k;
            }
        }
        first[j] = Math.max(lo, 0);
        weights[j] = lo < 0 ? new double[0] : Arrays.copyOfRange(w, lo, hi + 1);
    }

    /** Number of filters. */
    public int melBins() { return first.length; }

    /** Number of rfft bins the filters read, nFft/2 + 1. */
    public int fftBins() { return fftBins; }

    /** First bin of filter j. */
    public int firstBin(int j) { return first[j]; }

    /** A copy of filter j's weights, starting at {@link #firstBin(int)}. */
    public double[] weights(int j) { return weights[j].clone(); }

    /** First bin of every filter (the sparse tables' {@code first}). */
    public int[] firstBins() { return first.clone(); }

    /**
     * Where each filter's weights start in the sparse weight list (all filters' {@link #weights} concatenated):
     * melBins + 1 offsets, the last one the list's length.
     */
    public int[] weightOffsets() {
        int[] offset = new int[first.length + 1];
        for (int j = 0; j < first.length; j++) offset[j + 1] = offset[j] + weights[j].length;
        return offset;
    }

    /** Dense weights, row-major melBins × fftBins, as float (for exporters' C tables). */
    public float[] dense() {
        float[] d = new float[first.length * fftBins];
        for (int j = 0; j < first.length; j++)
            for (int i = 0; i < weights[j].length; i++) d[j * fftBins + first[j] + i] = (float) weights[j][i];
        return d;
    }

    /**
     * @param power n/2 + 1 power values
     * @param out   receives melBins filter energies
     */
    public void apply(double[] power, double[] out) {
        for (int j = 0; j < first.length; j++) {
            double[] w = weights[j];
            int k0 = first[j];
            double s = 0;
            for (int i = 0; i < w.length; i++) s += w[i] * power[k0 + i];
            out[j] = s;
        }
    }
}
