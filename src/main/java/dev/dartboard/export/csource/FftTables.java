package dev.dartboard.export.csource;

import java.util.Arrays;

/**
 * The export-time tables of kws_frontend.c's FFT of n_fft / 2 = half complex points (one owner for the
 * order its loops read them in): the radix-4 stage twiddles and the bit-reversed slots of the window
 * stage. When log2(half) is odd the window stage also does the first radix-2 stage and the radix-4
 * stages start at len = 2, else at len = 1.
 */
final class FftTables {
    private FftTables() {}

    static boolean oddLog2(int half) {
        return Integer.numberOfTrailingZeros(half) % 2 == 1;
    }

    /**
     * For each radix-4 stage (len = 2 or 1, times 4, while len &lt; half) and each k = 1 .. len − 1:
     * cos and sin of 2π j k step / n_fft for j = 1, 2, 3 (step = n_fft / (4 len)), six floats, taken from
     * the n_fft / 2 entry tables cos, sin (past a half turn: both negated, exact). At least one value.
     */
    static float[] radix4Twiddles(float[] cos, float[] sin) {
        int half = cos.length, n = 2 * half;
        float[] t = new float[Math.max(1, 6 * half / 3 + 6)];
        int i = 0;
        for (int len = oddLog2(half) ? 2 : 1; len < half; len *= 4) {
            int step = n / (4 * len);
            for (int k = 1; k < len; k++)
                for (int j = 1; j <= 3; j++) {
                    int m = j * k * step;
                    t[i++] = m < half ? cos[m] : -cos[m - half];
                    t[i++] = m < half ? sin[m] : -sin[m - half];
                }
        }
        return Arrays.copyOf(t, Math.max(1, i));
    }

    /**
     * Where the window stage writes z[n] (float offsets into the interleaved buffer): odd log2(half):
     * 4 rev(n) for n &lt; half / 2 (rev in log2(half) − 1 bits; z[n + half/2] goes next to it); even:
     * 2 rev(n) for n &lt; half (rev in log2(half) bits).
     */
    static int[] slots(int half) {
        boolean odd = oddLog2(half);
        int bits = Integer.numberOfTrailingZeros(half) - (odd ? 1 : 0), count = 1 << bits;
        int[] s = new int[count];
        for (int n = 0; n < count; n++) {
            int r = bits == 0 ? 0 : Integer.reverse(n) >>> (32 - bits);
            s[n] = (odd ? 4 : 2) * r;
        }
        return s;
    }
}
