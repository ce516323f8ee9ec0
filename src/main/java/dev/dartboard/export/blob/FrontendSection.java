package dev.dartboard.export.blob;

import dev.dartboard.features.FeatureExtractor;
import dev.dartboard.features.MelFilterbank;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;

import java.nio.ByteBuffer;

/**
 * The float front-end section of a {@link BlobFormat} v2 blob or a v3 blob with a front end: the tables of the Java
 * {@link FeatureExtractor} rounded to float32, exactly as the C export's {@code kws_frontend_tables.c}
 * holds them, so the board's streaming front end ({@code firmware/core/dp_frontend.c}) computes the
 * C library's features. Layout, each array 4-byte aligned, in this order:
 * <pre>
 * window f32[window_samples] | twiddle cos f32[fft/2] | twiddle sin f32[fft/2] |
 * mel_first u16[mel_bins] | mel_offset u16[mel_bins + 1] | mel_weights f32[mel_weight_count] |
 * dct f32[coeffs * mel_bins] (MFCC only)
 * </pre>
 * Immutable.
 */
public record FrontendSection(DataConfig config, float[] window, float[] cos, float[] sin, int[] melFirst,
                              int[] melOffset, float[] melWeights, float[] dct) implements BlobFrontEnd {

    public static FrontendSection of(DataConfig c) {
        FeatureExtractor fe = new FeatureExtractor(c);
        int half = c.nFft() / 2;
        float[] cos = new float[half], sin = new float[half];
        for (int k = 0; k < half; k++) {
            cos[k] = (float) Math.cos(2 * Math.PI * k / c.nFft());
            sin[k] = (float) Math.sin(2 * Math.PI * k / c.nFft());
        }
        MelFilterbank fb = fe.filterbank();
        int n = fb.melBins();
        int[] first = fb.firstBins(), offset = fb.weightOffsets();
        float[] w = new float[offset[n]];
        for (int j = 0, k = 0; j < n; j++) for (double v : fb.weights(j)) w[k++] = (float) v;
        float[] dct = c.type() == FeatureType.MFCC ? fe.dctMatrix() : new float[0];
        return new FrontendSection(c, fe.window(), cos, sin, first, offset, w, dct);
    }

    @Override
    public int melWeightCount() { return melWeights.length; }

    @Override
    public int bytes() {
        return 4 * (window.length + cos.length + sin.length + melWeights.length + dct.length)
                + BlobFormat.align4(2 * melFirst.length) + BlobFormat.align4(2 * melOffset.length);
    }

    @Override
    public void write(ByteBuffer b) {
        floats(b, window); floats(b, cos); floats(b, sin);
        shorts(b, melFirst); shorts(b, melOffset);
        floats(b, melWeights); floats(b, dct);
    }

    private static void floats(ByteBuffer b, float[] a) {
        for (float v : a) b.putFloat(v);
    }

    private static void shorts(ByteBuffer b, int[] a) {
        for (int v : a) b.putShort((short) v);
        if (a.length % 2 != 0) b.putShort((short) 0);
    }
}
