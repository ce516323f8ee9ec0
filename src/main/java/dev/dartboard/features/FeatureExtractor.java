package dev.dartboard.features;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import dev.dartboard.model.FrontEndArithmetic;

/**
 * The front end (docs/architecture.md#front-end) for one {@link DataConfig} (see its contract): periodic Hann window,
 * zero-padded n_fft power spectrum, HTK mel filterbank, ln(mel + 1e-6), optionally the orthonormal
 * DCT-II. Arithmetic is double, output float: it equals torchaudio computed in float64 up to the final
 * float rounding (tools/reference/frontend_reference.py; FeatureReferenceTest). A config with Q15 arithmetic
 * is computed by {@link FixedPointFrontEnd} instead (the board's integers, bit for bit).
 *
 * <p>The constructor precomputes the window, filterbank, DCT and FFT tables. One instance holds
 * scratch buffers and is NOT thread-safe: use one per thread. The tables are immutable
 * ({@link #filterbank()} may be shared).
 */
public final class FeatureExtractor {
    /** Added to the mel energy before the natural log. */
    public static final double LOG_OFFSET = 1e-6;

    private final DataConfig config;
    private final double[] window;
    private final MelFilterbank filterbank;
    private final Dct dct;
    private final PowerSpectrum spectrum;
    private final double[] frame;
    private final double[] power;
    private final double[] mel;
    private final FixedPointFrontEnd fixed;

    public FeatureExtractor(DataConfig config) {
        this.config = config;
        this.fixed = config.arithmetic() == FrontEndArithmetic.Q15 ? new FixedPointFrontEnd(config) : null;
        this.window = periodicHann(config.winSamples());
        this.filterbank = new MelFilterbank(config.sampleRate(), config.nFft(), config.melBins());
        this.dct = config.type() == FeatureType.MFCC ? new Dct(config.melBins(), config.coeffs()) : null;
        this.spectrum = new PowerSpectrum(config.nFft());
        this.frame = new double[config.nFft()];
        this.power = new double[config.fftBins()];
        this.mel = new double[config.melBins()];
    }

    /** Periodic Hann window of length n: w[i] = 0.5 − 0.5·cos(2πi/n). */
    public static double[] periodicHann(int n) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) w[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / n);
        return w;
    }

    public DataConfig config() { return config; }

    /** The analysis window (a copy), winSamples long. */
    public float[] window() {
        float[] w = new float[window.length];
        for (int i = 0; i < w.length; i++) w[i] = (float) window[i];
        return w;
    }

    /** The mel filterbank (immutable, shareable). */
    public MelFilterbank filterbank() { return filterbank; }

    /** Dense mel weights, row-major melBins × fftBins (for exporters). */
    public float[] melFilterbankWeights() { return filterbank.dense(); }

    /** The DCT matrix, row-major coeffs × melBins; empty for log-mel. */
    public float[] dctMatrix() { return dct == null ? new float[0] : dct.matrix(); }

    /**
     * Features of a clip already at {@code config.sampleRate()} (full scale ±1); shorter clips are
     * zero-padded at the end, longer ones cropped to {@code config.clipSamples()}.
     *
     * @param out row-major frames × features, length exactly {@code frames() * features()}
     */
    public void extract(float[] samples, float[] out) {
        int frames = config.frames(), features = config.features();
        if (out.length != frames * features)
            throw new IllegalArgumentException("output needs " + frames * features + " floats, got " + out.length);
        if (fixed != null) {
            fixed.extract(samples, out);
            return;
        }
        int available = Math.min(samples.length, config.clipSamples());
        for (int t = 0; t < frames; t++) {
            fillFrame(samples, t * config.hopSamples(), available);
            spectrum.compute(frame, power);
            filterbank.apply(power, mel);
            for (int j = 0; j < mel.length; j++) mel[j] = Math.log(mel[j] + LOG_OFFSET);
            store(out, t * features);
        }
    }

    /** Windowed samples [start, start + win), zeros past {@code available}; frame[win..nFft) stays 0. */
    private void fillFrame(float[] samples, int start, int available) {
        int n = Math.max(0, Math.min(window.length, available - start));
        for (int i = 0; i < n; i++) frame[i] = samples[start + i] * window[i];
        for (int i = n; i < window.length; i++) frame[i] = 0.0;
    }

    private void store(float[] out, int offset) {
        if (dct != null) {
            dct.apply(mel, out, offset);
        } else {
            for (int j = 0; j < mel.length; j++) out[offset + j] = (float) mel[j];
        }
    }

    /** Convenience: a fresh frames × features matrix. */
    public float[][] extract(float[] samples) {
        float[] flat = new float[config.frames() * config.features()];
        extract(samples, flat);
        float[][] m = new float[config.frames()][];
        for (int t = 0; t < m.length; t++)
            m[t] = java.util.Arrays.copyOfRange(flat, t * config.features(), (t + 1) * config.features());
        return m;
    }
}
