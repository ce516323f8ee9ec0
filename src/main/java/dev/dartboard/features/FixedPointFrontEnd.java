package dev.dartboard.features;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;

/**
 * The Q15 front end ({@code DataConfig.arithmetic() == Q15}): the Java reference of kws_fe_core.h's
 * {@code kws_fe_q15_*} functions, which it mirrors operation for operation (same FFT plan, same rounding of
 * every twiddle product, same integer widths), so its features equal the board's bit for bit
 * (CLibraryHostTest's Q15 case). The clip is first taken as int16 PCM, round(x·32768) clamped, as the
 * board's microphone delivers it. Per frame:
 * <ol>
 *   <li>v = pcm·window (int32); s = the smallest shift with (peak of |v| &gt;&gt; s) &lt; 2^(26 − log2 half)
 *       (block floating point); z[n] = (v[2n] &gt;&gt; s) + i (v[2n+1] &gt;&gt; s);</li>
 *   <li>radix-4 FFT of half points in int32, every twiddle product rounded once: (Σ + 2^14) &gt;&gt; 15;</li>
 *   <li>split step to the n_fft/2 + 1 bins; power = (xr² + xi²) &gt;&gt; 9 (|X|² = power·2^(2s−53)); by Parseval
 *       the bins sum to &lt; 2^47;</li>
 *   <li>mel = Σ uint16 weight × power, &lt; 2^62 (mel·2^(2s−68) in full scale);</li>
 *   <li>ln(mel·2^(2s−68) + 1e-6) in Q16: leading bit + a degree-7 polynomial for log2 (|error| &lt; 4e-7), × ln 2 (Q24);</li>
 *   <li>MFCC: Σ int16 DCT × Q16 log-mel, rounded to Q16.</li>
 * </ol>
 * Features are the Q16 values / 65536 (exact in float). It differs from the float front end by its rounding
 * (FixedPointFrontEndTest bounds the difference). Holds scratch buffers: one instance per thread.
 */
public final class FixedPointFrontEnd {
    static final int POWER_SHIFT = 9;
    static final long LOG_OFFSET = 295147905179353L;   // round(1e-6 · 2^68)
    static final long LN2_Q24 = 11629080;           // round(ln 2 · 2^24)
    /** log2(1 + x) = x·P(x) on [0, 1), Q30, highest degree first. */
    private static final long[] LOG2_POLY = {16243476, -83921737, 206571880, -348554188, 508001586, -773647642, 1549048725};

    private final DataConfig config;
    private final FixedPointTables t;
    private final int half;
    private final boolean odd;
    private final int bits;
    private final short[] pcm;
    private final int[] buf;
    private final long[] power;
    private final long[] mel;
    private final int[] logMel;

    public FixedPointFrontEnd(DataConfig config) {
        this.config = config;
        this.t = FixedPointTables.of(config);
        this.half = config.nFft() / 2;
        this.odd = FixedPointTables.oddLog2(half);
        this.bits = 26 - Integer.numberOfTrailingZeros(half);
        this.pcm = new short[config.clipSamples()];
        this.buf = new int[2 * half];
        this.power = new long[half + 1];
        this.mel = new long[config.melBins()];
        this.logMel = new int[config.melBins()];
    }

    public FixedPointTables tables() { return t; }

    /** The board's int16 sample for a full-scale float sample: round(x·32768), clamped to int16. */
    public static short toPcm(float x) {
        return (short) Math.max(-32768, Math.min(32767, Math.round(x * 32768f)));
    }

    /** As {@link FeatureExtractor#extract(float[], float[])}: frames × features, zero-padded or cropped to the clip. */
    public void extract(float[] samples, float[] out) {
        int n = Math.min(samples.length, pcm.length);
        for (int i = 0; i < n; i++) pcm[i] = toPcm(samples[i]);
        java.util.Arrays.fill(pcm, n, pcm.length, (short) 0);
        extract(pcm, out);
    }

    /** Features of a clip of int16 PCM (clipSamples() long), as the C library's kws_features. */
    public void extract(short[] clip, float[] out) {
        int features = config.features();
        int[] q16 = new int[features];
        for (int f = 0; f < config.frames(); f++) {
            frame(clip, f * config.hopSamples(), q16);
            for (int i = 0; i < features; i++) out[f * features + i] = q16[i] / 65536f;
        }
    }

    /** One frame's features in Q16 from clip[start, start + win). */
    void frame(short[] clip, int start, int[] q16) {
        int s = window(clip, start);
        fft();
        power();
        mel();
        for (int j = 0; j < mel.length; j++) logMel[j] = ln(mel[j], s);
        if (config.type() == FeatureType.MFCC) dct(q16);
        else System.arraycopy(logMel, 0, q16, 0, logMel.length);
    }

    private int v(short[] clip, int start, int i, int s) {
        return i < t.window().length ? (clip[start + i] * t.window()[i]) >> s : 0;
    }

    private int window(short[] clip, int start) {
        int win = t.window().length, peak = 0, s = 0;
        for (int i = 0; i < win; i++) peak |= Math.abs(clip[start + i] * t.window()[i]);
        while (((peak >>> s) >>> bits) != 0) s++;
        int[] slot = t.slots();
        if (odd) {
            int paired = win > half ? (win - half + 1) / 2 : 0;
            for (int n = 0; n < half / 2; n++) {
                int p = slot[n];
                int ar = v(clip, start, 2 * n, s), ai = v(clip, start, 2 * n + 1, s);
                if (n < paired) {
                    int br = v(clip, start, 2 * (n + half / 2), s), bi = v(clip, start, 2 * (n + half / 2) + 1, s);
                    buf[p] = ar + br; buf[p + 1] = ai + bi; buf[p + 2] = ar - br; buf[p + 3] = ai - bi;
                } else {
                    buf[p] = ar; buf[p + 1] = ai; buf[p + 2] = ar; buf[p + 3] = ai;
                }
            }
        } else {
            for (int n = 0; n < half; n++) {
                buf[slot[n]] = v(clip, start, 2 * n, s);
                buf[slot[n] + 1] = v(clip, start, 2 * n + 1, s);
            }
        }
        return s;
    }

    static int round15(long x) {
        return (int) ((x + 16384) >> 15);
    }

    private void radix4(int p, int len, int br, int bi, int cr, int ci, int dr, int di) {
        int pb = p + 2 * len, pc = p + 4 * len, pd = p + 6 * len;
        int ar = buf[p], ai = buf[p + 1];
        int sr = ar + br, si = ai + bi, tr = ar - br, ti = ai - bi;
        int ur = cr + dr, ui = ci + di, vr = cr - dr, vi = ci - di;
        buf[p] = sr + ur; buf[p + 1] = si + ui;
        buf[pb] = tr + vi; buf[pb + 1] = ti - vr;
        buf[pc] = sr - ur; buf[pc + 1] = si - ui;
        buf[pd] = tr - vi; buf[pd + 1] = ti + vr;
    }

    private void fft() {
        int end = 2 * half, tw = 0;
        int[] w = t.twiddles();
        for (int len = odd ? 2 : 1; len < half; len *= 4) {
            for (int p = 0; p < end; p += 8 * len)
                radix4(p, len, buf[p + 2 * len], buf[p + 2 * len + 1], buf[p + 4 * len], buf[p + 4 * len + 1],
                        buf[p + 6 * len], buf[p + 6 * len + 1]);
            for (int k = 1; k < len; k++, tw += 6) {
                long w1r = w[tw], w1s = w[tw + 1], w2r = w[tw + 2], w2s = w[tw + 3], w3r = w[tw + 4], w3s = w[tw + 5];
                for (int p = 2 * k; p < end; p += 8 * len) {
                    int pb = p + 2 * len, pc = p + 4 * len, pd = p + 6 * len;
                    radix4(p, len, round15(buf[pb] * w2r + buf[pb + 1] * w2s), round15(buf[pb + 1] * w2r - buf[pb] * w2s),
                            round15(buf[pc] * w1r + buf[pc + 1] * w1s), round15(buf[pc + 1] * w1r - buf[pc] * w1s),
                            round15(buf[pd] * w3r + buf[pd + 1] * w3s), round15(buf[pd + 1] * w3r - buf[pd] * w3s));
                }
            }
        }
    }

    private static long square(int re, int im) {
        return ((long) re * re + (long) im * im) >> POWER_SHIFT;
    }

    private void power() {
        long dc = (long) buf[0] + buf[1], ny = (long) buf[0] - buf[1];
        power[0] = (dc * dc) >> (POWER_SHIFT - 2);
        power[half] = (ny * ny) >> (POWER_SHIFT - 2);
        for (int k = 1; k <= half / 2; k++) {
            int z = 2 * k, c = 2 * (half - k);
            int er = buf[z] + buf[c], ei = buf[z + 1] - buf[c + 1], dr = buf[z] - buf[c], di = buf[z + 1] + buf[c + 1];
            long wr = t.cos()[k], wi = -t.sin()[k];
            int tr = round15(wr * dr - wi * di), ti = round15(wr * di + wi * dr);
            power[k] = square(er + ti, ei - tr);
            power[half - k] = square(er - ti, ei + tr);
        }
    }

    private void mel() {
        int[] first = t.melFirst(), offset = t.melOffset(), w = t.melWeights();
        for (int j = 0, i = 0; j < mel.length; j++) {
            long s = 0;
            for (int p = first[j]; i < offset[j + 1]; i++, p++) s += w[i] * power[p];
            mel[j] = s;
        }
    }

    /** ln(mel·2^(2s − 68) + 1e-6) in Q16. */
    static int ln(long mel, int s) {
        long y = mel + (LOG_OFFSET >>> (2 * s));
        if (y == 0) y = 1;
        int e = 63 - Long.numberOfLeadingZeros(y);
        long m = e >= 30 ? y >>> (e - 30) : y << (30 - e);
        long f = m - (1L << 30), acc = LOG2_POLY[0];
        for (int i = 1; i < LOG2_POLY.length; i++) acc = ((acc * f) >> 30) + LOG2_POLY[i];
        acc = (acc * f) >> 30;
        acc += (long) (e + 2 * s - 68) << 30;
        return (int) ((acc * LN2_Q24 + (1L << 37)) >> 38);
    }

    private void dct(int[] out) {
        int bins = logMel.length;
        int[] d = t.dct();
        for (int i = 0; i < out.length; i++) {
            long s = 0;
            for (int j = 0; j < bins; j++) s += (long) d[i * bins + j] * logMel[j];
            out[i] = round15(s);
        }
    }
}
