package dev.dartboard.quant;

import dev.dartboard.model.FloatModel;
import dev.dartboard.model.FloatOp;

import java.util.ArrayList;
import java.util.List;

/**
 * Float32 inference of a {@link FloatModel} with TFLite semantics (SAME padding as TFLite: top/left
 * get total / 2; pools average only in-bounds cells), used to calibrate activation ranges and as
 * the float reference in tests. Stateless; thread-safe.
 */
public final class FloatForward {

    /** SAME: max(0, (out − 1)·s + k − in) / 2 cells before the input; VALID: 0. */
    public static int padBefore(int in, int k, int s, int out, FloatOp.Padding p) {
        return p == FloatOp.Padding.SAME ? Math.max(0, (out - 1) * s + k - in) / 2 : 0;
    }

    /** Every op's output (row-major HWC), in op order; the last is the logits. */
    public List<float[]> run(FloatModel m, float[] input) {
        List<int[]> shapes = m.shapes();
        List<float[]> outs = new ArrayList<>(m.ops().size());
        for (int i = 0; i < m.ops().size(); i++) {
            FloatOp op = m.ops().get(i);
            int src = op.inputs()[0];
            float[] x = src < 0 ? input : outs.get(src);
            int[] in = src < 0 ? m.input() : shapes.get(src);
            float[] y = switch (op.kind()) {
                case ADD -> add(x, outs.get(op.inputs()[1]));
                case MEAN -> mean(x, in);
                case FULLY_CONNECTED -> fc(op, x);
                default -> window(op, x, in, shapes.get(i));
            };
            activate(op.activation(), y);
            outs.add(y);
        }
        return outs;
    }

    private static float[] add(float[] a, float[] b) {
        float[] y = new float[a.length];
        for (int i = 0; i < y.length; i++) y[i] = a[i] + b[i];
        return y;
    }

    private static float[] mean(float[] x, int[] in) {
        int c = in[2], n = in[0] * in[1];
        float[] y = new float[c];
        for (int p = 0; p < n; p++) for (int k = 0; k < c; k++) y[k] += x[p * c + k];
        for (int k = 0; k < c; k++) y[k] /= n;
        return y;
    }

    private static float[] fc(FloatOp op, float[] x) {
        int out = op.outChannels(), in = x.length;
        float[] y = new float[out];
        for (int o = 0; o < out; o++) {
            float s = op.bias() == null ? 0f : op.bias()[o];
            for (int i = 0; i < in; i++) s += op.weights()[o * in + i] * x[i];
            y[o] = s;
        }
        return y;
    }

    /** Conv, depthwise and pools: one pass over each output cell's in-bounds window. */
    private static float[] window(FloatOp op, float[] x, int[] in, int[] out) {
        int pt = padBefore(in[0], op.kernelH(), op.strideH(), out[0], op.padding());
        int pl = padBefore(in[1], op.kernelW(), op.strideW(), out[1], op.padding());
        float[] y = new float[out[0] * out[1] * out[2]];
        for (int oy = 0; oy < out[0]; oy++)
            for (int ox = 0; ox < out[1]; ox++)
                for (int oc = 0; oc < out[2]; oc++)
                    y[(oy * out[1] + ox) * out[2] + oc] = cell(op, x, in, oy * op.strideH() - pt, ox * op.strideW() - pl, oc);
        return y;
    }

    private static float cell(FloatOp op, float[] x, int[] in, int y0, int x0, int oc) {
        int cin = in[2], kh = op.kernelH(), kw = op.kernelW(), count = 0;
        float acc = op.kind() == FloatOp.Kind.MAX_POOL_2D ? Float.NEGATIVE_INFINITY : 0f;
        for (int dy = 0; dy < kh; dy++)
            for (int dx = 0; dx < kw; dx++) {
                int iy = y0 + dy, ix = x0 + dx;
                if (iy < 0 || iy >= in[0] || ix < 0 || ix >= in[1]) continue;
                int base = (iy * in[1] + ix) * cin;
                count++;
                switch (op.kind()) {
                    case CONV_2D -> {
                        for (int ic = 0; ic < cin; ic++) acc += op.weights()[((oc * kh + dy) * kw + dx) * cin + ic] * x[base + ic];
                    }
                    case DEPTHWISE_CONV_2D -> acc += op.weights()[(dy * kw + dx) * cin + oc] * x[base + oc];
                    case MAX_POOL_2D -> acc = Math.max(acc, x[base + oc]);
                    default -> acc += x[base + oc];
                }
            }
        if (op.kind() == FloatOp.Kind.AVERAGE_POOL_2D) return acc / count;
        return op.bias() == null ? acc : acc + op.bias()[oc];
    }

    private static void activate(FloatOp.Activation a, float[] y) {
        if (a == FloatOp.Activation.NONE) return;
        float hi = a == FloatOp.Activation.RELU6 ? 6f : Float.POSITIVE_INFINITY;
        for (int i = 0; i < y.length; i++) y[i] = Math.min(hi, Math.max(0f, y[i]));
    }
}
