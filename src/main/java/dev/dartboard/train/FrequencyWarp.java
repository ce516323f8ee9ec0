package dev.dartboard.train;

import dev.dartboard.features.Dct;
import dev.dartboard.features.MelFilterbank;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Random;

/**
 * Vocal tract length perturbation on cached features: each training example's spectrum is stretched along the
 * frequency axis by a factor α drawn uniformly from [1 − range, 1 + range] (a voice with a shorter or longer vocal
 * tract puts its formants higher or lower), as VTLP does (Jaitly and Hinton, 2013), but on the features already in
 * the cache instead of re-featurising audio. The warped log-mel value of filter j is the log-mel curve read at
 * frequency f_j / α (f_j: filter j's centre), linearly interpolated between filter centres on the mel scale and held
 * at the ends; for log-mel features that is one matrix W_α (bins × bins); for MFCC the log-mel curve is first
 * recovered from the kept coefficients by the orthonormal DCT's transpose, so the whole step is one matrix
 * D W_α Dᵀ (coeffs × coeffs). The factors come from a grid of {@value #STEPS} + 1 values including α = 1 (the
 * identity), each matrix built once. Immutable; thread-safe.
 */
final class FrequencyWarp {
    static final int STEPS = 16;
    private final double range;
    private final int features;
    private final double[][] matrices;   // per grid factor, row-major features × features

    /**
     * @param dc    the front end of the cached features
     * @param range largest relative stretch, in [0, 0.5); 0 = off
     */
    FrequencyWarp(DataConfig dc, double range) {
        if (!(range >= 0 && range < 0.5)) throw new IllegalArgumentException("frequency warp must be in [0, 0.5): " + range);
        this.range = range;
        this.features = dc.type() == FeatureType.MFCC ? dc.coeffs() : dc.melBins();
        this.matrices = new double[STEPS + 1][];
        if (range == 0) return;
        for (int i = 0; i <= STEPS; i++) {
            double[] w = melWarp(dc.sampleRate(), dc.melBins(), alpha(i));
            matrices[i] = dc.type() == FeatureType.MFCC ? throughDct(w, new Dct(dc.melBins(), dc.coeffs())) : w;
        }
    }

    boolean off() { return range == 0; }

    /** Grid factor {@code i} of 0 … {@value #STEPS}: 1 − range + 2·range·i / STEPS. */
    double alpha(int i) { return 1 - range + 2 * range * i / STEPS; }

    /** The warp of grid factor {@code i} (a copy), row-major features × features. */
    double[] matrix(int i) { return matrices[i].clone(); }

    /**
     * W_α for {@code melBins} filters at {@code sampleRate}: row j reads the curve at f_j / α, between the two
     * filter centres around it (mel-linear weights summing to 1; the first or last filter beyond the ends).
     */
    static double[] melWarp(int sampleRate, int melBins, double alpha) {
        double melMax = MelFilterbank.hzToMel(sampleRate / 2.0);
        double step = melMax / (melBins + 1);                    // filter j's centre is at mel (j + 1) · step
        double[] w = new double[melBins * melBins];
        for (int j = 0; j < melBins; j++) {
            double hz = MelFilterbank.melToHz((j + 1) * step) / alpha;
            double u = MelFilterbank.hzToMel(hz) / step - 1;       // fractional filter index of that frequency
            if (u <= 0) { w[j * melBins] = 1; continue; }
            if (u >= melBins - 1) { w[j * melBins + melBins - 1] = 1; continue; }
            int lo = (int) Math.floor(u);
            double t = u - lo;
            w[j * melBins + lo] = 1 - t;
            if (t > 0) w[j * melBins + lo + 1] = t;
        }
        return w;
    }

    /** D W Dᵀ: the warp of MFCC coefficients through the log-mel curve they keep. */
    static double[] throughDct(double[] w, Dct dct) {
        int m = dct.inputs(), c = dct.coeffs();
        double[] d = dct.matrixDouble();                          // c × m
        double[] wdt = new double[m * c];                          // W Dᵀ: m × c
        for (int i = 0; i < m; i++)
            for (int k = 0; k < c; k++) {
                double s = 0;
                for (int j = 0; j < m; j++) s += w[i * m + j] * d[k * m + j];
                wdt[i * c + k] = s;
            }
        double[] out = new double[c * c];
        for (int r = 0; r < c; r++)
            for (int k = 0; k < c; k++) {
                double s = 0;
                for (int i = 0; i < m; i++) s += d[r * m + i] * wdt[i * c + k];
                out[r * c + k] = s;
            }
        return out;
    }

    /** A warped copy of a batch [B, frames, features, 1], one factor per example; the batch itself when off. */
    INDArray apply(INDArray batch, Random random) {
        if (off()) return batch;
        long[] shape = batch.shape();
        int b = (int) shape[0], frames = (int) shape[1], feats = (int) shape[2];
        if (feats != features) throw new IllegalArgumentException("batch has " + feats + " features, the warp " + features);
        float[] x = batch.dup('c').data().asFloat();
        float[] row = new float[feats];
        for (int e = 0; e < b; e++) {
            double[] a = matrices[random.nextInt(STEPS + 1)];
            for (int t = 0; t < frames; t++) {
                int base = (e * frames + t) * feats;
                System.arraycopy(x, base, row, 0, feats);
                for (int r = 0; r < feats; r++) {
                    double s = 0;
                    for (int k = 0; k < feats; k++) s += a[r * feats + k] * row[k];
                    x[base + r] = (float) s;
                }
            }
        }
        return Nd4j.create(x, shape, 'c');
    }
}
