package dev.dartboard.quant;

import static dev.dartboard.quant.FixedPoint.multiplyByQuantizedMultiplier;

/**
 * TFLM's int8 reference kernels for the weightless ops, transcribed exactly:
 * AVERAGE_POOL_2D / MAX_POOL_2D (reference_integer_ops/pooling.h: in-bounds cells only, average
 * rounded half away from zero by integer division, output params = input params),
 * ADD (reference_integer_ops/add.h: inputs shifted left by 20, each scaled by its multiplier,
 * summed, scaled to the output) and MEAN over H and W (reference_integer_ops/mean.h, TFLM's
 * int8 path for keep_dims with axes {1, 2}: Σ(x − zp_in), multiplier in/out, then / count rounded).
 */
final class Int8PoolKernels {
    private Int8PoolKernels() {}

    static byte[] pool(QuantOp op, byte[] x, boolean max) {
        int[] in = op.inShape(), out = op.outShape();
        int c = in[2];
        byte[] y = new byte[op.outSize()];
        for (int oy = 0; oy < out[0]; oy++)
            for (int ox = 0; ox < out[1]; ox++) {
                int y0 = oy * op.strideH() - op.padTop(), x0 = ox * op.strideW() - op.padLeft();
                for (int k = 0; k < c; k++) {
                    int acc = max ? -128 : 0, count = 0;
                    for (int iy = Math.max(0, y0); iy < Math.min(in[0], y0 + op.kernelH()); iy++)
                        for (int ix = Math.max(0, x0); ix < Math.min(in[1], x0 + op.kernelW()); ix++) {
                            int v = x[(iy * in[1] + ix) * c + k];
                            acc = max ? Math.max(acc, v) : acc + v;
                            count++;
                        }
                    if (!max) acc = divideRounded(acc, count);
                    y[(oy * out[1] + ox) * c + k] = (byte) Math.max(op.actMin(), Math.min(op.actMax(), acc));
                }
            }
        return y;
    }

    /** acc / n rounded half away from zero, as TFLM: (acc ± n/2) / n with truncating division. */
    static int divideRounded(int acc, int n) {
        return acc > 0 ? (acc + n / 2) / n : (acc - n / 2) / n;
    }

    static byte[] add(QuantOp op, byte[] a, byte[] b) {
        int[] m = op.multipliers(), s = op.shifts();
        int za = op.inParams()[0].zeroPoint(), zb = op.inParams()[1].zeroPoint();
        byte[] y = new byte[a.length];
        for (int i = 0; i < y.length; i++) {
            int sa = multiplyByQuantizedMultiplier((a[i] - za) * (1 << QuantOp.ADD_LEFT_SHIFT), m[0], s[0]);
            int sb = multiplyByQuantizedMultiplier((b[i] - zb) * (1 << QuantOp.ADD_LEFT_SHIFT), m[1], s[1]);
            int v = multiplyByQuantizedMultiplier(sa + sb, m[2], s[2]) + op.output().zeroPoint();
            y[i] = (byte) Math.max(op.actMin(), Math.min(op.actMax(), v));
        }
        return y;
    }

    static byte[] mean(QuantOp op, byte[] x) {
        int[] in = op.inShape();
        int c = in[2], n = in[0] * in[1], zp = op.inParams()[0].zeroPoint();
        byte[] y = new byte[c];
        for (int k = 0; k < c; k++) {
            int acc = 0;
            for (int p = 0; p < n; p++) acc += x[p * c + k] - zp;
            acc = divideRounded(multiplyByQuantizedMultiplier(acc, op.multipliers()[0], op.shifts()[0]), n);
            y[k] = (byte) Math.max(-128, Math.min(127, acc + op.output().zeroPoint()));
        }
        return y;
    }
}
