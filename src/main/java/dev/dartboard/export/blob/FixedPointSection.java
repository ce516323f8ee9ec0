package dev.dartboard.export.blob;

import dev.dartboard.features.FixedPointFrontEnd;
import dev.dartboard.features.FixedPointTables;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;

import java.nio.ByteBuffer;

/**
 * The front-end section of a {@link BlobFormat} v4 blob (a Q15 front end): the {@link FixedPointTables} that Java's
 * {@link FixedPointFrontEnd} computes with and the C export's Q15 {@code kws_frontend_tables.c} holds, so the
 * board's {@code kws_fe_q15_*} (firmware/core/dp_frontend.c) computes Java's features bit for bit. Layout, each
 * array 4-byte aligned (zero-padded), in this order:
 * <pre>
 * window u16[window_samples] | cos i16[fft/2] | sin i16[fft/2] | twiddles i16[6 × Σ(len − 1)] (radix-4 stages, as
 * kws_fe_plan orders them) | slots u16[fft/4 if log2(fft/2) is odd, else fft/2] | mel_first u16[mel_bins] |
 * mel_offset u16[mel_bins + 1] | mel_weights u16[mel_weight_count] | dct i16[coeffs × mel_bins] (MFCC only)
 * </pre>
 * The board derives every count from the header (fft_size, mel_bins, coeffs, mel_weight_count). Immutable.
 */
public record FixedPointSection(DataConfig config, FixedPointTables tables) implements BlobFrontEnd {

    public static FixedPointSection of(DataConfig c) {
        return new FixedPointSection(c, new FixedPointFrontEnd(c).tables());
    }

    /** Twiddle values the radix-4 stages read: six per k = 1 .. len − 1 of every stage (len = 2 or 1, times 4, below half). */
    static int twiddleCount(int half) {
        int n = 0;
        for (int len = Integer.numberOfTrailingZeros(half) % 2 == 1 ? 2 : 1; len < half; len *= 4) n += 6 * (len - 1);
        return n;
    }

    @Override
    public int melWeightCount() { return tables.melWeights().length; }

    @Override
    public int bytes() {
        int n = 0;
        for (int[] a : arrays()) n += BlobFormat.align4(2 * a.length);
        return n;
    }

    @Override
    public void write(ByteBuffer b) {
        for (int[] a : arrays()) {
            for (int v : a) b.putShort((short) v);
            if (a.length % 2 != 0) b.putShort((short) 0);
        }
    }

    /** The arrays in section order (FixedPointTables pads an empty twiddle table to one value for C; the blob does not). */
    private int[][] arrays() {
        FixedPointTables t = tables;
        int[] tw = java.util.Arrays.copyOf(t.twiddles(), twiddleCount(config.nFft() / 2));
        int[] dct = config.type() == FeatureType.MFCC ? t.dct() : new int[0];
        return new int[][]{t.window(), t.cos(), t.sin(), tw, t.slots(), t.melFirst(), t.melOffset(), t.melWeights(), dct};
    }
}
