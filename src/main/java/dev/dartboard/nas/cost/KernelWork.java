package dev.dartboard.nas.cost;

import dev.dartboard.model.FloatOp;

/**
 * The loop counts of one op as Dartboard's C kernels (export/csource/kws_kernels.c) execute it, the
 * terms of {@link KernelCycles}: taps outside the input (SAME padding) are skipped, runs of four int8
 * go through the DSP path, the rest one at a time. Stateless.
 *
 * @param vector  MACs (or pooled elements) done four at a time
 * @param tail    MACs (or elements) done one at a time
 * @param rows    inner-loop entries: conv kernel rows per output pixel and channel pair, pointwise
 *                dot-product calls, FC channel pairs, depthwise kernel rows per 4-channel group (or
 *                per channel past the last group), pooling kernel rows per channel
 * @param outputs output elements (each one requantization)
 */
public record KernelWork(long vector, long tail, long rows, long outputs, long setup) {

    /** The work of {@code op} mapping {@code in} [H, W, C] to {@code out} [H, W, C]. */
    public static KernelWork of(FloatOp op, int[] in, int[] out) {
        long pixels = (long) out[0] * out[1], outputs = pixels * out[2];
        int c = in[2];
        return switch (op.kind()) {
            case CONV_2D -> op.kernelH() == 1 && op.kernelW() == 1 ? pointwise(op, c, pixels, out[2]) : conv(op, in, out);
            case DEPTHWISE_CONV_2D -> {
                long taps = taps(op, in, out), rows = validRows(op, in, out) * out[1];
                yield new KernelWork(taps * (c & ~3), taps * (c & 3), rows * (c / 4 + (c & 3)), outputs, 0);
            }
            case AVERAGE_POOL_2D, MAX_POOL_2D ->
                    new KernelWork(0, taps(op, in, out) * c, validRows(op, in, out) * out[1] * c, outputs, 0);
            case FULLY_CONNECTED -> {
                long n = (long) in[0] * in[1] * in[2];
                yield new KernelWork(out[2] * (n & ~3L), out[2] * (n & 3), ceilHalf(out[2]), out[2], 0);
            }
            case ADD -> new KernelWork(0, 0, 0, outputs, 0);
            case MEAN -> new KernelWork(0, (long) in[0] * in[1] * in[2], 0, in[2], 0);
        };
    }

    /**
     * 1×1 convolution: per channel pair, two adjacent pixels per call at stride 1, else one; a last odd
     * channel one pixel per call.
     */
    private static KernelWork pointwise(FloatOp op, int c, long pixels, int oc) {
        long pairs = op.strideH() == 1 && op.strideW() == 1 ? pixels / 2 : 0;
        long calls = (oc / 2) * (pixels - pairs) + (oc & 1) * pixels, outputs = pixels * oc;
        return new KernelWork(outputs * (c & ~3), outputs * (c & 3), calls, outputs, (long) c * oc);
    }

    /** k×k convolution: per output pixel, each in-bounds kernel row is one contiguous run of cols × C bytes. */
    private static KernelWork conv(FloatOp op, int[] in, int[] out) {
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
        return new KernelWork(vector * out[2], tail * out[2], rows * ceilHalf(out[2]), (long) out[0] * out[1] * out[2], 0);
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

    private static long ceilHalf(long n) { return (n + 1) / 2; }
}
