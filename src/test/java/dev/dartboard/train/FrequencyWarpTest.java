package dev.dartboard.train;

import dev.dartboard.features.Dct;
import dev.dartboard.features.MelFilterbank;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** VTLP on cached features: identity at α = 1, a formant moved to α times its frequency, MFCC through the DCT. */
class FrequencyWarpTest {
    private static final DataConfig LOG_MEL = new DataConfig(16000, FeatureType.LOG_MEL, 40, 20, 40, 10, 1000);
    private static final DataConfig MFCC = new DataConfig(16000, FeatureType.MFCC, 40, 20, 40, 10, 1000);

    @Test
    void theMiddleOfTheGridIsTheIdentity() {
        FrequencyWarp w = new FrequencyWarp(MFCC, 0.1);
        assertEquals(1.0, w.alpha(FrequencyWarp.STEPS / 2), 1e-12);
        assertEquals(0.9, w.alpha(0), 1e-12);
        assertEquals(1.1, w.alpha(FrequencyWarp.STEPS), 1e-12);
        double[] a = w.matrix(FrequencyWarp.STEPS / 2);
        for (int r = 0; r < 10; r++)
            for (int k = 0; k < 10; k++) assertEquals(r == k ? 1 : 0, a[r * 10 + k], 1e-9, "D Dᵀ = I for the orthonormal DCT");
    }

    @Test
    void aFormantPeakMovesToAlphaTimesItsFrequency() {
        int mels = 40;
        double melMax = MelFilterbank.hzToMel(8000);
        double step = melMax / (mels + 1);
        for (double alpha : new double[]{0.9, 1.1}) {
            double[] w = FrequencyWarp.melWarp(16000, mels, alpha);
            for (int p = 8; p < 30; p += 7) {
                double[] curve = new double[mels];
                curve[p] = 1;                                          // a peak at filter p's centre
                double[] out = new double[mels];
                for (int j = 0; j < mels; j++) for (int k = 0; k < mels; k++) out[j] += w[j * mels + k] * curve[k];
                int peak = 0;
                for (int j = 1; j < mels; j++) if (out[j] > out[peak]) peak = j;
                double target = MelFilterbank.melToHz((p + 1) * step) * alpha;   // where that formant should land
                int nearest = 0;
                for (int j = 1; j < mels; j++)
                    if (Math.abs(MelFilterbank.melToHz((j + 1) * step) - target) < Math.abs(MelFilterbank.melToHz((nearest + 1) * step) - target))
                        nearest = j;
                assertEquals(nearest, peak, "α " + alpha + ", peak at filter " + p);
            }
            for (int j = 0; j < mels; j++) {
                double sum = 0;
                for (int k = 0; k < mels; k++) sum += w[j * mels + k];
                assertEquals(1, sum, 1e-12, "interpolation weights sum to 1: a constant curve stays constant");
            }
        }
    }

    @Test
    void mfccAreWarpedThroughTheLogMelCurveTheyKeep() {
        Dct dct = new Dct(40, 10);
        double[] d = dct.matrixDouble();
        double[] w = FrequencyWarp.melWarp(16000, 40, 1.07);
        double[] a = FrequencyWarp.throughDct(w, dct);
        double[] c = {3, -1, 0.5, 0.25, -0.4, 0.1, 0, 0.2, -0.3, 0.05};
        double[] curve = new double[40];                                // Dᵀ c: the smooth log-mel curve c keeps
        for (int n = 0; n < 40; n++) for (int k = 0; k < 10; k++) curve[n] += d[k * 40 + n] * c[k];
        double[] warped = new double[40];
        for (int j = 0; j < 40; j++) for (int n = 0; n < 40; n++) warped[j] += w[j * 40 + n] * curve[n];
        for (int r = 0; r < 10; r++) {
            double expect = 0, got = 0;
            for (int n = 0; n < 40; n++) expect += d[r * 40 + n] * warped[n];
            for (int k = 0; k < 10; k++) got += a[r * 10 + k] * c[k];
            assertEquals(expect, got, 1e-9, "coefficient " + r);
        }
    }

    @Test
    void aBatchIsWarpedPerExampleAndOffLeavesItAlone() {
        INDArray batch = Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 3, 49, 40, 1);
        assertSame(batch, new FrequencyWarp(LOG_MEL, 0).apply(batch, new Random(1)));
        FrequencyWarp w = new FrequencyWarp(LOG_MEL, 0.1);
        INDArray out = w.apply(batch, new Random(1));
        assertEquals(java.util.Arrays.toString(batch.shape()), java.util.Arrays.toString(out.shape()));
        Random r = new Random(1);
        for (int e = 0; e < 3; e++) {
            double[] m = w.matrix(r.nextInt(FrequencyWarp.STEPS + 1));
            for (int t : new int[]{0, 17, 48})
                for (int j : new int[]{0, 11, 39}) {
                    double s = 0;
                    for (int k = 0; k < 40; k++) s += m[j * 40 + k] * batch.getDouble(e, t, k, 0);
                    assertEquals(s, out.getDouble(e, t, j, 0), 1e-5, "example " + e + " frame " + t + " bin " + j);
                }
        }
        assertThrows(IllegalArgumentException.class, () -> new FrequencyWarp(LOG_MEL, 0.5));
    }
}
