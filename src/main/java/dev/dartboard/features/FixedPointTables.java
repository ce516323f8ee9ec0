package dev.dartboard.features;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;

/**
 * The integer tables of the Q15 front end ({@link FixedPointFrontEnd}; the C export writes these very arrays,
 * so Java and the board compute with the same numbers): window uint16 round(w·2^15) (≤ 32768), cos / sin of
 * 2πk / n_fft (k &lt; n_fft / 2) and the radix-4 twiddles int16 round(x·2^15) clamped to ±32767, the sparse mel
 * filterbank with uint16 weights round(w·2^15), the DCT int16 like the twiddles (empty for log-mel), and the
 * bit-reversed slots of the window stage. Built from the float front end's double tables. Immutable by
 * convention (arrays are shared, not copied: callers must not write them).
 */
public record FixedPointTables(int[] window, int[] cos, int[] sin, int[] twiddles, int[] slots, int[] melFirst,
                               int[] melOffset, int[] melWeights, int[] dct) {

    public static FixedPointTables of(DataConfig c) {
        int half = c.nFft() / 2;
        double[] hann = FeatureExtractor.periodicHann(c.winSamples());
        int[] window = new int[hann.length];
        for (int i = 0; i < hann.length; i++) window[i] = (int) Math.round(hann[i] * 32768);
        int[] cos = new int[half], sin = new int[half];
        for (int k = 0; k < half; k++) {
            cos[k] = q15(Math.cos(2 * Math.PI * k / c.nFft()));
            sin[k] = q15(Math.sin(2 * Math.PI * k / c.nFft()));
        }
        MelFilterbank fb = new MelFilterbank(c.sampleRate(), c.nFft(), c.melBins());
        int n = fb.melBins();
        int[] first = fb.firstBins(), offset = fb.weightOffsets();
        int[] w = new int[offset[n]];
        for (int j = 0, k = 0; j < n; j++) for (double v : fb.weights(j)) w[k++] = (int) Math.round(v * 32768);
        return new FixedPointTables(window, cos, sin, twiddles(cos, sin), slots(half), first, offset, w, dct(c));
    }

    private static int[] dct(DataConfig c) {
        if (c.type() != FeatureType.MFCC) return new int[0];
        double[] m = new Dct(c.melBins(), c.coeffs()).matrixDouble();
        int[] q = new int[m.length];
        for (int i = 0; i < m.length; i++) q[i] = q15(m[i]);
        return q;
    }

    /** round(x·2^15) clamped to ±32767 (so negation stays exact). */
    static int q15(double x) {
        return (int) Math.max(-32767, Math.min(32767, Math.round(x * 32768)));
    }

    /** True when log2(half) is odd: the window stage also does the first radix-2 stage. */
    static boolean oddLog2(int half) {
        return Integer.numberOfTrailingZeros(half) % 2 == 1;
    }

    /** kws_fe_plan's order: per radix-4 stage and k = 1 .. len − 1, cos and sin of j·k·step for j = 1, 2, 3. */
    private static int[] twiddles(int[] cos, int[] sin) {
        int half = cos.length;
        int[] t = new int[Math.max(1, 2 * half + 6)];
        int i = 0;
        for (int len = oddLog2(half) ? 2 : 1; len < half; len *= 4) {
            int step = 2 * half / (4 * len);
            for (int k = 1; k < len; k++)
                for (int j = 1; j <= 3; j++) {
                    int m = j * k * step;
                    t[i++] = m < half ? cos[m] : -cos[m - half];
                    t[i++] = m < half ? sin[m] : -sin[m - half];
                }
        }
        return java.util.Arrays.copyOf(t, Math.max(1, i));
    }

    /** Element offsets of the window stage's writes: 4 rev(n), n &lt; half / 2 (odd log2), else 2 rev(n), n &lt; half. */
    private static int[] slots(int half) {
        boolean odd = oddLog2(half);
        int bits = Integer.numberOfTrailingZeros(half) - (odd ? 1 : 0);
        int[] s = new int[1 << bits];
        for (int n = 0; n < s.length; n++) s[n] = (odd ? 4 : 2) * (bits == 0 ? 0 : Integer.reverse(n) >>> (32 - bits));
        return s;
    }
}
