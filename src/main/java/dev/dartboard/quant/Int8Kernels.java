package dev.dartboard.quant;

import static dev.dartboard.quant.FixedPoint.multiplyByQuantizedMultiplier;

/**
 * TFLM's int8 reference kernels for the weighted ops (reference_integer_ops conv.h,
 * depthwise_conv.h, fully_connected.h), NHWC batch 1, transcribed exactly: out-of-bounds taps are
 * skipped (same as padding with the input zero point), acc = Σ w·(x − zp_in) + bias in int32,
 * then MultiplyByQuantizedMultiplier, + zp_out, clamp to the activation range.
 * Stateless; the C exporter emits the same loops.
 */
final class Int8Kernels {
    private Int8Kernels() {}

    static byte[] conv(QuantOp op, byte[] x, boolean depthwise) {
        int[] in = op.inShape(), out = op.outShape();
        byte[] y = new byte[op.outSize()];
        for (int oy = 0; oy < out[0]; oy++)
            for (int ox = 0; ox < out[1]; ox++)
                for (int oc = 0; oc < out[2]; oc++) {
                    int y0 = oy * op.strideH() - op.padTop(), x0 = ox * op.strideW() - op.padLeft();
                    int acc = depthwise ? dwAcc(op, x, in, y0, x0, oc) : convAcc(op, x, in, y0, x0, oc);
                    y[(oy * out[1] + ox) * out[2] + oc] = requant(op, acc + op.bias()[oc], oc);
                }
        return y;
    }

    private static int convAcc(QuantOp op, byte[] x, int[] in, int y0, int x0, int oc) {
        int cin = in[2], kh = op.kernelH(), kw = op.kernelW(), off = -op.inParams()[0].zeroPoint(), acc = 0;
        for (int dy = 0; dy < kh; dy++) {
            int iy = y0 + dy;
            if (iy < 0 || iy >= in[0]) continue;
            for (int dx = 0; dx < kw; dx++) {
                int ix = x0 + dx;
                if (ix < 0 || ix >= in[1]) continue;
                int xb = (iy * in[1] + ix) * cin, wb = ((oc * kh + dy) * kw + dx) * cin;
                for (int ic = 0; ic < cin; ic++) acc += op.weights()[wb + ic] * (x[xb + ic] + off);
            }
        }
        return acc;
    }

    private static int dwAcc(QuantOp op, byte[] x, int[] in, int y0, int x0, int c) {
        int ch = in[2], kh = op.kernelH(), kw = op.kernelW(), off = -op.inParams()[0].zeroPoint(), acc = 0;
        for (int dy = 0; dy < kh; dy++) {
            int iy = y0 + dy;
            if (iy < 0 || iy >= in[0]) continue;
            for (int dx = 0; dx < kw; dx++) {
                int ix = x0 + dx;
                if (ix < 0 || ix >= in[1]) continue;
                acc += op.weights()[(dy * kw + dx) * ch + c] * (x[(iy * in[1] + ix) * ch + c] + off);
            }
        }
        return acc;
    }

    /** FULLY_CONNECTED, per-tensor weights: the input is flattened (HWC order). */
    static byte[] fullyConnected(QuantOp op, byte[] x) {
        int outs = op.outShape()[2], n = x.length, off = -op.inParams()[0].zeroPoint();
        byte[] y = new byte[outs];
        for (int o = 0; o < outs; o++) {
            int acc = 0;
            for (int i = 0; i < n; i++) acc += op.weights()[o * n + i] * (x[i] + off);
            y[o] = requant(op, acc + op.bias()[o], 0);
        }
        return y;
    }

    /** acc → MultiplyByQuantizedMultiplier(acc, m[k], s[k]) + zp_out, clamped to [actMin, actMax]. */
    static byte requant(QuantOp op, int acc, int k) {
        int v = multiplyByQuantizedMultiplier(acc, op.multipliers()[k], op.shifts()[k]) + op.output().zeroPoint();
        return (byte) Math.max(op.actMin(), Math.min(op.actMax(), v));
    }
}
