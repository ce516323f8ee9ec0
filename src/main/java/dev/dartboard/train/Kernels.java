package dev.dartboard.train;

import dev.dartboard.model.FloatOp;
import dev.dartboard.model.FloatOp.Kind;

/**
 * The float kernels of {@link FloatModelRunner}: NHWC row-major arrays, shapes [H, W, C], accumulation
 * in double, weights in TFLite layouts (conv [out, kh, kw, in], depthwise [1, kh, kw, c], FC [out, in]).
 */
final class Kernels {
    private Kernels() { }

    /** TFLite padding before the first cell: SAME → max((out − 1)·s + k − in, 0) / 2; VALID → 0. */
    static int padBefore(FloatOp op, int in, int out, int k, int s) {
        return op.padding() == FloatOp.Padding.VALID ? 0 : Math.max((out - 1) * s + k - in, 0) / 2;
    }

    static float[] conv(FloatOp op, float[] x, int[] in, int[] out) {
        float[] y = new float[out[0] * out[1] * out[2]];
        int ph = padBefore(op, in[0], out[0], op.kernelH(), op.strideH()), pw = padBefore(op, in[1], out[1], op.kernelW(), op.strideW());
        int cin = in[2], kh = op.kernelH(), kw = op.kernelW();
        for (int oy = 0; oy < out[0]; oy++)
            for (int ox = 0; ox < out[1]; ox++)
                for (int o = 0; o < out[2]; o++) {
                    double acc = op.bias()[o];
                    for (int ky = 0; ky < kh; ky++) {
                        int iy = oy * op.strideH() - ph + ky;
                        if (iy < 0 || iy >= in[0]) continue;
                        for (int kx = 0; kx < kw; kx++) {
                            int ix = ox * op.strideW() - pw + kx;
                            if (ix < 0 || ix >= in[1]) continue;
                            int xi = (iy * in[1] + ix) * cin, wi = ((o * kh + ky) * kw + kx) * cin;
                            for (int c = 0; c < cin; c++) acc += x[xi + c] * (double) op.weights()[wi + c];
                        }
                    }
                    y[(oy * out[1] + ox) * out[2] + o] = (float) acc;
                }
        return y;
    }

    static float[] depthwise(FloatOp op, float[] x, int[] in, int[] out) {
        float[] y = new float[out[0] * out[1] * out[2]];
        int ph = padBefore(op, in[0], out[0], op.kernelH(), op.strideH()), pw = padBefore(op, in[1], out[1], op.kernelW(), op.strideW());
        int c = in[2];
        for (int oy = 0; oy < out[0]; oy++)
            for (int ox = 0; ox < out[1]; ox++)
                for (int ch = 0; ch < c; ch++) {
                    double acc = op.bias()[ch];
                    for (int ky = 0; ky < op.kernelH(); ky++)
                        for (int kx = 0; kx < op.kernelW(); kx++) {
                            int iy = oy * op.strideH() - ph + ky, ix = ox * op.strideW() - pw + kx;
                            if (iy < 0 || iy >= in[0] || ix < 0 || ix >= in[1]) continue;
                            acc += x[(iy * in[1] + ix) * c + ch] * (double) op.weights()[(ky * op.kernelW() + kx) * c + ch];
                        }
                    y[(oy * out[1] + ox) * c + ch] = (float) acc;
                }
        return y;
    }

    static float[] pool(FloatOp op, float[] x, int[] in, int[] out) {
        float[] y = new float[out[0] * out[1] * out[2]];
        int ph = padBefore(op, in[0], out[0], op.kernelH(), op.strideH()), pw = padBefore(op, in[1], out[1], op.kernelW(), op.strideW());
        boolean max = op.kind() == Kind.MAX_POOL_2D;
        int c = in[2];
        for (int oy = 0; oy < out[0]; oy++)
            for (int ox = 0; ox < out[1]; ox++)
                for (int ch = 0; ch < c; ch++) {
                    double acc = max ? Double.NEGATIVE_INFINITY : 0;
                    int n = 0;
                    for (int ky = 0; ky < op.kernelH(); ky++)
                        for (int kx = 0; kx < op.kernelW(); kx++) {
                            int iy = oy * op.strideH() - ph + ky, ix = ox * op.strideW() - pw + kx;
                            if (iy < 0 || iy >= in[0] || ix < 0 || ix >= in[1]) continue;
                            float v = x[(iy * in[1] + ix) * c + ch];
                            acc = max ? Math.max(acc, v) : acc + v;
                            n++;
                        }
                    y[(oy * out[1] + ox) * c + ch] = (float) (max ? acc : acc / n);
                }
        return y;
    }

    static float[] add(float[] a, float[] b) {
        float[] y = new float[a.length];
        for (int i = 0; i < y.length; i++) y[i] = a[i] + b[i];
        return y;
    }

    /** Global average over H and W: [H, W, C] → [C]. */
    static float[] mean(float[] x, int[] in) {
        int c = in[2], cells = in[0] * in[1];
        double[] acc = new double[c];
        for (int i = 0; i < x.length; i++) acc[i % c] += x[i];
        float[] y = new float[c];
        for (int ch = 0; ch < c; ch++) y[ch] = (float) (acc[ch] / cells);
        return y;
    }

    static float[] fc(FloatOp op, float[] x) {
        int out = op.outChannels(), in = x.length;
        float[] y = new float[out];
        for (int o = 0; o < out; o++) {
            double acc = op.bias()[o];
            for (int i = 0; i < in; i++) acc += x[i] * (double) op.weights()[o * in + i];
            y[o] = (float) acc;
        }
        return y;
    }
}
