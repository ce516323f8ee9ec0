package dev.dartboard.nas.cost;

import dev.dartboard.features.MelFilterbank;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Costs of the streaming front end for one {@link DataConfig}, as the C export runs it on the
 * board (micro_speech style): a PCM ring of one window + hop, two DMA/PDM buffers of one hop,
 * float FFT work buffers, and the int8 frames × features matrix — never the whole clip.
 * Tables in flash: Hann window, FFT twiddles, the sparse mel filterbank, the DCT matrix (MFCC).
 * Cycle constants are Cortex-M4F estimates per element; calibrate against QEMU counts.
 */
final class FrontEndCosts {
    static final int CYCLES_PER_BUTTERFLY = 12;
    static final int CYCLES_PER_LOG = 40;
    static final int CYCLES_PER_ELEMENT = 3;

    private FrontEndCosts() { }

    /** SRAM parts in bytes: pcmRing, dmaBuffers, fftWork, melWork, features. */
    static Map<String, Long> sram(DataConfig c) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("frontend.pcmRing", 2L * (c.winSamples() + c.hopSamples()));
        m.put("frontend.dmaBuffers", 2L * 2 * c.hopSamples());
        m.put("frontend.fftWork", 4L * c.nFft() + 4L * c.fftBins());
        m.put("frontend.melWork", 4L * c.melBins());
        m.put("frontend.features", (long) c.frames() * c.features());
        return m;
    }

    /** Flash tables in bytes: window, twiddles, mel filterbank (weights + first bin + length), DCT. */
    static Map<String, Long> flash(DataConfig c) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("frontend.window", 4L * c.winSamples());
        m.put("frontend.twiddles", 4L * c.nFft());
        m.put("frontend.melTable", 4L * melWeights(c) + 4L * c.melBins());
        m.put("frontend.dct", c.type() == FeatureType.MFCC ? 4L * c.coeffs() * c.melBins() : 0L);
        return m;
    }

    /** Cycles to compute every frame of one clip (the worst case: a full recompute). */
    static long cycles(DataConfig c) {
        long n = c.nFft(), half = n / 2;
        long fft = half / 2 * log2(half) * CYCLES_PER_BUTTERFLY + n * CYCLES_PER_ELEMENT;
        long perFrame = c.winSamples() * CYCLES_PER_ELEMENT + fft + c.fftBins() * CYCLES_PER_ELEMENT
                + 2L * melWeights(c) + (long) c.melBins() * CYCLES_PER_LOG
                + (c.type() == FeatureType.MFCC ? 2L * c.coeffs() * c.melBins() : 0) + c.features() * CYCLES_PER_ELEMENT;
        return perFrame * c.frames();
    }

    /** Non-zero weights of the mel filterbank. */
    static long melWeights(DataConfig c) {
        MelFilterbank fb = new MelFilterbank(c.sampleRate(), c.nFft(), c.melBins());
        long n = 0;
        for (int j = 0; j < c.melBins(); j++) n += fb.weights(j).length;
        return n;
    }

    private static long log2(long x) { return 63 - Long.numberOfLeadingZeros(Math.max(1, x)); }
}
