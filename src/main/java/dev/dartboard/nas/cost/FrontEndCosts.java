package dev.dartboard.nas.cost;

import dev.dartboard.features.MelFilterbank;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import dev.dartboard.model.FrontEndArithmetic;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Costs of the streaming front end for one {@link DataConfig}, as the C export runs it on the
 * board (micro_speech style): a PCM ring of one window + hop, two DMA/PDM buffers of one hop,
 * float FFT work buffers, and the int8 frames × features matrix — never the whole clip.
 * Tables in flash: Hann window, FFT twiddles, the sparse mel filterbank, the DCT matrix (MFCC).
 * Cycles: instructions per frame of the C front end (kws_frontend.c: radix-4 FFT of n_fft / 2 complex
 * points on a bit-reversed window, split step, sparse mel, ln by series, DCT matrix; + kws_features'
 * quantization with newlib roundf; FPU code, arm-none-eabi-gcc -Os) fitted to QEMU counts of 12
 * configurations (n_fft 128..2048, 16..128 mel bins, MFCC and log-mel; QemuLatencyTest; the DCT and
 * quantization terms from bench/device-speed.sh's per-stage counts), at one cycle per instruction (the
 * M4F's VLDR/VMLA take 1-3 cycles: ±30%). The mel weights (about n_fft / 2 of them) are in the
 * per-sample term. A Q15 front end (kws_fe_q15_*: int32 FFT with int64 twiddle products, uint64 power and mel
 * sums, polynomial log) has its own terms, fitted the same way to 7 configurations (n_fft 128..2048, 16..128
 * mel bins; bench/device-speed.sh's per-hop driver, within 2.5%): about 1.8 times the float front end's
 * instructions on this FPU core; its buffers are int32 / uint64, its tables int16 / uint16.
 */
final class FrontEndCosts {
    /** Per window sample: PCM × window into its bit-reversed slot. */
    static final double PER_WINDOW_SAMPLE = 5.5;
    /** Per FFT input sample: zero padding, the real-FFT split, |X|², mel sums (about one weight per bin). */
    static final double PER_SAMPLE = 20.2;
    /** Per radix-2 butterfly's worth of the n_fft / 2-point complex FFT (radix-4 stages: half as many, twice the work). */
    static final double PER_BUTTERFLY = 12.1;
    /** Per mel bin: the ln series and the filter loop. */
    static final double PER_MEL_BIN = 29.4;
    /** Per DCT multiply-add (MFCC: coefficients × mel bins). */
    static final double PER_DCT_MAC = 5.2;
    /** Per feature: scale, roundf, clamp to int8. */
    static final double PER_FEATURE = 33.2;
    /** Q15: per window sample (peak pass, PCM × window, block shift), per FFT sample, per radix-2 butterfly, per mel bin (log polynomial), per DCT multiply-add. */
    static final double Q15_PER_WINDOW_SAMPLE = 17.4, Q15_PER_SAMPLE = 22.5, Q15_PER_BUTTERFLY = 25.6, Q15_PER_MEL_BIN = 121.7,
            Q15_PER_DCT_MAC = 5.4;

    private FrontEndCosts() { }

    /** SRAM parts in bytes: pcmRing, dmaBuffers, fftWork, melWork, features. */
    static Map<String, Long> sram(DataConfig c) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("frontend.pcmRing", 2L * (c.winSamples() + c.hopSamples()));
        m.put("frontend.dmaBuffers", 2L * 2 * c.hopSamples());
        boolean q15 = q15(c);
        m.put("frontend.fftWork", 4L * c.nFft() + (q15 ? 8L : 4L) * c.fftBins());     // Q15: int32 FFT, uint64 power
        m.put("frontend.melWork", (q15 ? 12L : 4L) * c.melBins());                     // Q15: uint64 mel + int32 log-mel
        m.put("frontend.features", (long) c.frames() * c.features());
        return m;
    }

    /**
     * Flash tables in bytes: window, twiddles (cos and sin of n_fft / 2 angles, the radix-4 stages' six
     * floats per k and the bit-reversed slots: export.csource.FftTables), mel filterbank (weights + first
     * bin + length), DCT.
     */
    static Map<String, Long> flash(DataConfig c) {
        Map<String, Long> m = new LinkedHashMap<>();
        long v = q15(c) ? 2 : 4;                    // bytes per table value: float, or Q15's int16 / uint16
        m.put("frontend.window", v * c.winSamples());
        m.put("frontend.twiddles", v * c.nFft() + Math.max(v, 6 * v * radix4Twiddles(c.nFft() / 2)) + 2L * slots(c.nFft() / 2));
        m.put("frontend.melTable", v * melWeights(c) + 4L * c.melBins());
        m.put("frontend.dct", c.type() == FeatureType.MFCC ? v * c.coeffs() * c.melBins() : 0L);
        return m;
    }

    /** Cycles to compute every frame of one clip (the worst case: a full recompute). */
    static long cycles(DataConfig c) {
        return Math.round(cyclesPerFrame(c) * c.frames());
    }

    /** Cycles of one frame: FFT of n_fft points (as n_fft / 2 complex), mel, log, DCT, quantization. */
    static double cyclesPerFrame(DataConfig c) {
        long n = c.nFft(), half = n / 2;
        double dct = c.type() == FeatureType.MFCC ? (double) c.coeffs() * c.melBins() : 0;
        if (q15(c))
            return Q15_PER_WINDOW_SAMPLE * c.winSamples() + Q15_PER_SAMPLE * n + Q15_PER_BUTTERFLY * (half / 2) * log2(half)
                    + Q15_PER_MEL_BIN * c.melBins() + Q15_PER_DCT_MAC * dct + PER_FEATURE * c.features();
        return PER_WINDOW_SAMPLE * c.winSamples() + PER_SAMPLE * n + PER_BUTTERFLY * (half / 2) * log2(half) + PER_MEL_BIN * c.melBins()
                + PER_DCT_MAC * dct + PER_FEATURE * c.features();
    }

    /** Non-zero weights of the mel filterbank. */
    static long melWeights(DataConfig c) {
        MelFilterbank fb = new MelFilterbank(c.sampleRate(), c.nFft(), c.melBins());
        long n = 0;
        for (int j = 0; j < c.melBins(); j++) n += fb.weights(j).length;
        return n;
    }

    /** k values with twiddles of the radix-4 stages (len = 2 or 1, times 4, below half; k = 1 .. len − 1). */
    static long radix4Twiddles(int half) {
        long n = 0;
        for (int len = oddLog2(half) ? 2 : 1; len < half; len *= 4) n += len - 1;
        return n;
    }

    /** Entries of the window stage's slot table: half / 2 when log2(half) is odd, else half. */
    static long slots(int half) {
        return oddLog2(half) ? half / 2 : half;
    }

    private static boolean q15(DataConfig c) { return c.arithmetic() == FrontEndArithmetic.Q15; }

    private static boolean oddLog2(int half) { return Integer.numberOfTrailingZeros(half) % 2 == 1; }

    private static long log2(long x) { return 63 - Long.numberOfLeadingZeros(Math.max(1, x)); }
}
