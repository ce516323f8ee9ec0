package dev.dartboard.quant;

import dev.dartboard.model.FloatOp;

/**
 * Symmetric int8 weights as the TFLite spec asks: scale = max|w| / 127 per group, q = round(w / scale)
 * in [−127, 127], zero point 0. Groups: CONV_2D per output channel (dimension 0 of [out, kh, kw, in]),
 * DEPTHWISE_CONV_2D per channel (dimension 3 of [1, kh, kw, c]), FULLY_CONNECTED per tensor (Arm NN
 * aborts on per-channel FC). An all-zero group gets scale 1 (its weights stay 0).
 * Biases: int32 round(b / (s_in · s_w[c])), zero point 0.
 */
final class WeightQuantizer {
    private WeightQuantizer() {}

    /** Group of weight index i. */
    private static int group(FloatOp op, int i, int groups) {
        return switch (op.kind()) {
            case CONV_2D -> i / (op.weights().length / groups);
            case DEPTHWISE_CONV_2D -> i % groups;
            default -> 0;
        };
    }

    static int groups(FloatOp op) {
        return op.kind() == FloatOp.Kind.FULLY_CONNECTED ? 1 : op.outChannels();
    }

    static float[] scales(FloatOp op) {
        int g = groups(op);
        double[] maxAbs = new double[g];
        float[] w = op.weights();
        for (int i = 0; i < w.length; i++) maxAbs[group(op, i, g)] = Math.max(maxAbs[group(op, i, g)], Math.abs(w[i]));
        float[] s = new float[g];
        for (int k = 0; k < g; k++) s[k] = maxAbs[k] > 0 ? (float) (maxAbs[k] / 127.0) : 1f;
        return s;
    }

    static byte[] weights(FloatOp op, float[] scales) {
        float[] w = op.weights();
        byte[] q = new byte[w.length];
        for (int i = 0; i < w.length; i++) {
            long v = FixedPoint.roundHalfAway((double) w[i] / scales[group(op, i, scales.length)]);
            q[i] = (byte) Math.max(-127, Math.min(127, v));
        }
        return q;
    }

    static int[] bias(FloatOp op, float inScale, float[] scales) {
        int[] b = new int[op.outChannels()];
        if (op.bias() == null) return b;
        for (int c = 0; c < b.length; c++) {
            double s = (double) inScale * scales[scales.length == 1 ? 0 : c];
            b[c] = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, FixedPoint.roundHalfAway(op.bias()[c] / s)));
        }
        return b;
    }
}
