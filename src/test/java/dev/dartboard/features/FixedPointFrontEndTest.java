package dev.dartboard.features;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import dev.dartboard.model.FrontEndArithmetic;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Q15 front end against the float one (its specification: same quantities, other rounding) and its
 * fixed-point log against Math.log. Bit-exactness with the C library is CLibraryHostTest's.
 */
class FixedPointFrontEndTest {

    @Test
    void fixedPointLogFollowsMathLog() {
        Random r = new Random(4);
        double worst = 0;
        for (int s = 0; s <= 8; s++)
            for (int i = 0; i < 2000; i++) {
                long mel = i < 5 ? i : (long) Math.exp(r.nextDouble() * Math.log(0x1p60));
                double want = Math.log(mel * Math.pow(2, 2 * s - 68) + 1e-6);
                double got = FixedPointFrontEnd.ln(mel, s) / 65536.0;
                worst = Math.max(worst, Math.abs(got - want));
            }
        System.out.printf("fixed-point ln: max error %.3g%n", worst);
        // Q16 rounding (7.6e-6) + the polynomial (2.6e-7) + the offset's integer rounding (≤ 2^(2s) / (1e-6 · 2^68) relative).
        assertTrue(worst < 8e-5, "max |ln error| " + worst);
    }

    @Test
    void q15FeaturesStayCloseToTheFloatFrontEnd() {
        for (FeatureType type : FeatureType.values()) {
            DataConfig f = new DataConfig(16000, type, 40, 20, 40, type == FeatureType.MFCC ? 10 : 0, 1000);
            DataConfig q = f.withArithmetic(FrontEndArithmetic.Q15);
            assertEquals(f.id() + "-q15", q.id());
            FeatureExtractor fe = new FeatureExtractor(f), fq = new FeatureExtractor(q);
            float[][] clips = clips(f.clipSamples());
            for (int k = 0; k < clips.length; k++) {
                float[] clip = clips[k];
                float[] a = new float[f.frames() * f.features()], b = new float[a.length];
                fe.extract(clip, a);
                fq.extract(clip, b);
                double worst = 0, mean = 0;
                for (int i = 0; i < a.length; i++) {
                    worst = Math.max(worst, Math.abs(a[i] - b[i]));
                    mean += Math.abs(a[i] - b[i]) / a.length;
                }
                System.out.printf("%s clip %d: max |q15 - float| %.4f, mean %.5f%n", q.id(), k, worst, mean);
                if (k == 0) {
                    // A pure chirp: bands far from the tone hold ~-140 dB of it in float, ~-95 dB (the Q15 twiddles'
                    // leakage floor) in Q15, both near the 1e-6 log offset: differences there, agreement elsewhere.
                    assertTrue(mean < 0.15, q.id() + " chirp: mean difference " + mean);
                } else {
                    assertTrue(worst < 0.01, q.id() + " clip " + k + ": max difference " + worst);
                }
            }
        }
    }

    /** Speech-like levels: a chirp at -8 dBFS, noise at -30 dBFS, a tone at -60 dBFS, a full-scale square wave. */
    static float[][] clips(int n) {
        Random r = new Random(3);
        float[][] c = new float[4][n];
        for (int i = 0; i < n; i++) {
            double t = i / 16000.0;
            c[0][i] = (float) (0.4 * Math.sin(2 * Math.PI * (100 + 3000 * t) * t));
            c[1][i] = (float) (0.03 * r.nextGaussian());
            c[2][i] = (float) (0.001 * Math.sin(2 * Math.PI * 700 * t));
            c[3][i] = Math.sin(2 * Math.PI * 440 * t) >= 0 ? 32767 / 32768f : -1f;
        }
        for (float[] x : c) for (int i = 0; i < n; i++) x[i] = Math.round(x[i] * 32768f) / 32768f;   // int16 PCM
        return c;
    }
}
