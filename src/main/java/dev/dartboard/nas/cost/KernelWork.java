package dev.dartboard.nas.cost;

import dev.dartboard.model.FloatOp;

/**
 * The loop counts of one op as Dartboard's C kernels (export/csource/kws_kernels.c) execute it on a
 * core with the DSP extension, the terms of {@link KernelCycles}. Assumes the kernels' DSP paths, taken
 * where every channel's requantization has a right shift and fits the fast form (the usual case after
 * calibration): pointwise and im2col convolutions in 2 pixel × 2 channel tiles (odd counts paired with a
 * neighbour), depthwise and pooling in groups of 4 channels (a partial last group overlapping the one
 * before), taps outside the input (SAME padding) skipped or, where gathered, counted. Stateless.
 *
 * @param vector  dot-product loop steps of 4 bytes (pointwise, conv: per tile; FC: per channel pair
 *                MACs four at a time); depthwise: in-bounds taps of windows done in place, per group
 * @param tail    MACs (or pooled / averaged elements) done one at a time, or per 4-channel group
 * @param rows    inner-loop entries: tiles (pointwise, conv), kernel rows of windows done in place per
 *                depthwise group, pooling window rows per group, FC channel pairs
 * @param outputs output elements (FC, ADD), output pixel-groups (depthwise, pooling), MEAN groups
 * @param setup   per-layer preparation: weight bytes summed / widened
 * @param gather  bytes moved to a gathered window: im2col rows (conv) or depthwise taps of windows
 *                gathered with zero-point padding
 */
public record KernelWork(long vector, long tail, long rows, long outputs, long setup, long gather) {
    /** Largest im2col column (taps) the conv kernel takes; above it a row-at-a-time kernel runs. */
    public static final int IM2COL_MAX = 256;
    /** Largest depthwise window (taps) the DSP path takes. */
    static final int DW_MAX_TAPS = 25;

    /** The work of {@code op} mapping {@code in} [H, W, C] to {@code out} [H, W, C]. */
    public static KernelWork of(FloatOp op, int[] in, int[] out) {
        long pixels = (long) out[0] * out[1], outputs = pixels * out[2];
        int c = in[2];
        return switch (op.kind()) {
            case CONV_2D -> op.kernelH() == 1 && op.kernelW() == 1 ? pointwise(c, pixels, out[2])
                    : wideConv(op, in) ? rowConv(op, in, out) : im2col(op, in, out, widenedIm2col(op, in));
            case DEPTHWISE_CONV_2D -> depthwise(op, in, out);
            case AVERAGE_POOL_2D, MAX_POOL_2D -> {
                long groups = ceilDiv(c, 4);
                yield new KernelWork(0, taps(op, in, out) * groups, validRows(op, in, out) * out[1] * groups, pixels * groups, 0, 0);
            }
            case FULLY_CONNECTED -> {
                long n = (long) in[0] * in[1] * in[2];
                yield new KernelWork(out[2] * (n & ~3L), out[2] * (n & 3), ceilDiv(out[2], 2), out[2], 0, 0);
            }
            case ADD -> new KernelWork(0, 0, 0, outputs, 0, 0);
            case MEAN -> new KernelWork(0, (long) in[0] * in[1] * ceilDiv(c, 4), 0, ceilDiv(c, 4), 0, 0);
        };
    }

    /** True where a k×k convolution's window is larger than {@link #IM2COL_MAX}: the row-at-a-time kernel. */
    public static boolean wideConv(FloatOp op, int[] in) {
        return (long) op.kernelH() * op.kernelW() * in[2] > IM2COL_MAX;
    }

    /**
     * True where a k×k convolution's weights, widened and padded to whole 4-tap steps, fit the kernel's
     * stack buffer (at most 64 channels, ceil(oc / 2) × roundup(k·k·C, 4) ≤ 256 words): small windows
     * with few channels, such as stems.
     */
    public static boolean widenedIm2col(FloatOp op, int[] in) {
        long k = (long) op.kernelH() * op.kernelW() * in[2], k4 = (k + 3) & ~3L;
        int oc = op.outChannels();
        return k >= 4 && oc >= 2 && oc <= 64 && ceilDiv(oc, 2) * k4 <= 256;
    }

    /** 1×1 convolution: ceil(oc / 2) × ceil(pixels / 2) tiles of in_c / 4 steps; weight sums and widening per channel pair. */
    private static KernelWork pointwise(int c, long pixels, int oc) {
        long tiles = ceilDiv(oc, 2) * ceilDiv(pixels, 2);
        return new KernelWork(tiles * (c >> 2), tiles * (c & 3), tiles, pixels * oc, ceilDiv(oc, 2) * c, 0);
    }

    /**
     * k×k convolution through im2col: tiles of k·k·C / 4 steps (widened: roundup(k·k·C, 4) / 4, no tail);
     * two columns of k_h rows per pixel pair, per pass of up to 64 channels.
     */
    private static KernelWork im2col(FloatOp op, int[] in, int[] out, boolean widened) {
        long pixels = (long) out[0] * out[1], k = (long) op.kernelH() * op.kernelW() * in[2];
        long passes = ceilDiv(out[2], 64), pairs = ceilDiv(pixels, 2), tiles = ceilDiv(out[2], 2) * pairs;
        long steps = widened ? (k + 3) >> 2 : k >> 2, tail = widened ? 0 : k & 3;
        return new KernelWork(tiles * steps, tiles * tail, tiles, pixels * out[2], out[2] * k, passes * pairs * 2 * op.kernelH());
    }

    /** k×k convolution above IM2COL_MAX taps: per output pixel, each in-bounds kernel row is one run of cols × C bytes. */
    private static KernelWork rowConv(FloatOp op, int[] in, int[] out) {
        long vector = 0, tail = 0, rows = 0;
        for (int oy = 0; oy < out[0]; oy++) {
            int r = valid(oy, op.strideH(), pad(op, in[0], out[0], op.kernelH(), op.strideH()), op.kernelH(), in[0]);
            for (int ox = 0; ox < out[1]; ox++) {
                int run = valid(ox, op.strideW(), pad(op, in[1], out[1], op.kernelW(), op.strideW()), op.kernelW(), in[1]) * in[2];
                vector += (long) r * (run & ~3);
                tail += (long) r * (run & 3);
                rows += r;
            }
        }
        return new KernelWork(vector * out[2], tail * out[2], rows * ceilDiv(out[2], 2), (long) out[0] * out[1] * out[2], 0, 0);
    }

    /**
     * Depthwise: per 4-channel group and output pixel, a window with k_w = 3 and 2 or 3 in-bounds columns,
     * or k_w = 5 and 4 or 5 (and at least one row), runs in place over its in-bounds rows; any other
     * window is gathered whole.
     */
    private static KernelWork depthwise(FloatOp op, int[] in, int[] out) {
        long groups = ceilDiv(in[2], 4), taps = (long) op.kernelH() * op.kernelW(), inPlace = 0, rows = 0, gathered = 0;
        int padH = pad(op, in[0], out[0], op.kernelH(), op.strideH()), padW = pad(op, in[1], out[1], op.kernelW(), op.strideW());
        for (int oy = 0; oy < out[0]; oy++) {
            int r = valid(oy, op.strideH(), padH, op.kernelH(), in[0]);
            for (int ox = 0; ox < out[1]; ox++) {
                int cols = valid(ox, op.strideW(), padW, op.kernelW(), in[1]);
                if (r > 0 && (op.kernelW() == 3 && cols >= 2 || op.kernelW() == 5 && cols >= 4)) {
                    inPlace += (long) r * cols;
                    rows += r;
                } else {
                    gathered += taps;
                }
            }
        }
        long pixels = (long) out[0] * out[1];
        return new KernelWork(inPlace * groups, 0, rows * groups, pixels * groups, groups * taps, gathered * groups);
    }

    /** In-bounds kernel taps summed over output pixels (per channel). */
    static long taps(FloatOp op, int[] in, int[] out) {
        return validRows(op, in, out) * validCols(op, in, out);
    }

    private static long validRows(FloatOp op, int[] in, int[] out) {
        long s = 0;
        for (int o = 0; o < out[0]; o++) s += valid(o, op.strideH(), pad(op, in[0], out[0], op.kernelH(), op.strideH()), op.kernelH(), in[0]);
        return s;
    }

    private static long validCols(FloatOp op, int[] in, int[] out) {
        long s = 0;
        for (int o = 0; o < out[1]; o++) s += valid(o, op.strideW(), pad(op, in[1], out[1], op.kernelW(), op.strideW()), op.kernelW(), in[1]);
        return s;
    }

    /** TFLite padding before the input: SAME pads (out − 1) · s + k − in in total, half of it (rounded down) first. */
    static int pad(FloatOp op, int in, int out, int k, int s) {
        return op.padding() == FloatOp.Padding.SAME ? Math.max((out - 1) * s + k - in, 0) / 2 : 0;
    }

    /** Taps of output position o's window that fall inside [0, size). */
    static int valid(int o, int stride, int pad, int k, int size) {
        int start = o * stride - pad;
        return Math.max(0, Math.min(k, size - start) - Math.max(0, -start));
    }

    private static long ceilDiv(long n, long d) { return (n + d - 1) / d; }
}
