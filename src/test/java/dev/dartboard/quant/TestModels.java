package dev.dartboard.quant;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.FloatOp;
import dev.dartboard.model.FloatOp.Activation;
import dev.dartboard.model.FloatOp.Kind;
import dev.dartboard.model.FloatOp.Padding;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Hand-built FloatModels with seeded random (He-initialised) weights, for quant and export tests
 * until the trainer produces real ones. Shared by the export tests (same test classpath).
 */
public final class TestModels {
    private TestModels() {}

    public static List<String> labels(int n) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < n; i++) l.add(i == 0 ? "_silence_" : i == 1 ? "_unknown_" : "word" + i);
        return l;
    }

    /** DS-CNN-S shape on 49×10 MFCC: stem conv 64 ch 10×4 stride 2 SAME, 4 dw-sep 3×3 blocks of 64, MEAN, FC. */
    public static FloatModel dsCnnS(long seed, int labels) {
        Random r = new Random(seed);
        List<FloatOp> ops = new ArrayList<>();
        ops.add(conv(r, -1, 1, 64, 10, 4, 2, Padding.SAME));
        for (int b = 0; b < 4; b++) {
            ops.add(depthwise(r, ops.size() - 1, 64, 3, 1, Padding.SAME));
            ops.add(conv(r, ops.size() - 1, 64, 64, 1, 1, 1, Padding.SAME));
        }
        ops.add(new FloatOp(Kind.MEAN, new int[]{ops.size() - 1}, 64, 1, 1, 1, 1, Padding.VALID, Activation.NONE, null, null));
        ops.add(fc(r, ops.size() - 1, 64, labels));
        return new FloatModel("ds-cnn-s-random", DataConfig.defaults(), new int[]{49, 10, 1}, ops, labels(labels));
    }

    /** Every op kind once: conv, depthwise (VALID, stride 2), pools, a residual ADD, MEAN, FC. */
    public static FloatModel allOps(long seed, int labels) {
        Random r = new Random(seed);
        List<FloatOp> ops = new ArrayList<>();
        ops.add(conv(r, -1, 1, 8, 3, 3, 1, Padding.SAME));                                 // 0: 49×10×8
        ops.add(depthwise(r, 0, 8, 3, 1, Padding.SAME));                                    // 1
        ops.add(conv(r, 1, 8, 8, 1, 1, 1, Padding.SAME, Activation.NONE));                  // 2
        ops.add(new FloatOp(Kind.ADD, new int[]{0, 2}, 8, 1, 1, 1, 1, Padding.VALID, Activation.RELU, null, null)); // 3
        ops.add(new FloatOp(Kind.MAX_POOL_2D, new int[]{3}, 8, 2, 2, 2, 2, Padding.SAME, Activation.NONE, null, null)); // 4: 25×5
        ops.add(depthwise(r, 4, 8, 3, 2, Padding.VALID));                                   // 5: 12×2
        ops.add(new FloatOp(Kind.AVERAGE_POOL_2D, new int[]{5}, 8, 3, 3, 1, 1, Padding.SAME, Activation.NONE, null, null)); // 6
        ops.add(conv(r, 6, 8, 16, 3, 1, 2, Padding.SAME));                                  // 7: 6×2×16
        ops.add(new FloatOp(Kind.MEAN, new int[]{7}, 16, 1, 1, 1, 1, Padding.VALID, Activation.NONE, null, null));
        ops.add(fc(r, 8, 16, labels));
        return new FloatModel("all-ops-random", DataConfig.defaults(), new int[]{49, 10, 1}, ops, labels(labels));
    }

    static FloatOp conv(Random r, int src, int in, int out, int kh, int kw, int s, Padding p) {
        return conv(r, src, in, out, kh, kw, s, p, Activation.RELU);
    }

    static FloatOp conv(Random r, int src, int in, int out, int kh, int kw, int s, Padding p, Activation a) {
        return new FloatOp(Kind.CONV_2D, new int[]{src}, out, kh, kw, s, s, p, a, he(r, out * kh * kw * in, kh * kw * in), bias(r, out));
    }

    static FloatOp depthwise(Random r, int src, int c, int k, int s, Padding p) {
        return new FloatOp(Kind.DEPTHWISE_CONV_2D, new int[]{src}, c, k, k, s, s, p, Activation.RELU6, he(r, k * k * c, k * k), bias(r, c));
    }

    static FloatOp fc(Random r, int src, int in, int out) {
        return new FloatOp(Kind.FULLY_CONNECTED, new int[]{src}, out, 1, 1, 1, 1, Padding.VALID, Activation.NONE, he(r, in * out, in), bias(r, out));
    }

    private static float[] he(Random r, int n, int fanIn) {
        float[] w = new float[n];
        double std = Math.sqrt(2.0 / fanIn);
        for (int i = 0; i < n; i++) w[i] = (float) (r.nextGaussian() * std);
        return w;
    }

    private static float[] bias(Random r, int n) {
        float[] b = new float[n];
        for (int i = 0; i < n; i++) b[i] = (float) (r.nextGaussian() * 0.1);
        return b;
    }

    /** n random feature matrices of the given size, roughly MFCC-like (per-column offset and spread). */
    public static List<float[]> inputs(long seed, int n, int size) {
        Random r = new Random(seed);
        List<float[]> l = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            float[] x = new float[size];
            for (int i = 0; i < size; i++) x[i] = (float) (r.nextGaussian() * (i % 10 == 0 ? 4 : 1.5) + (i % 10 == 0 ? -6 : 0));
            l.add(x);
        }
        return l;
    }

    /**
     * {@code m} with He-initialised weights (normal, variance 2 / fan-in; depthwise fan-in = window) and N(0, 0.1²)
     * biases drawn from {@code seed}, in place; returns {@code m}. The shapes and quantization, not training, set
     * the kernels' instruction counts (QemuLatencyTest, CLibraryHostTest, bench/device-speed.sh).
     */
    public static FloatModel withRandomWeights(FloatModel m, long seed) {
        Random r = new Random(seed);
        for (FloatOp op : m.ops()) {
            if (op.weights() == null) continue;
            int fanIn = op.kind() == Kind.DEPTHWISE_CONV_2D ? op.kernelH() * op.kernelW() : op.weights().length / op.outChannels();
            for (int i = 0; i < op.weights().length; i++) op.weights()[i] = (float) (r.nextGaussian() * Math.sqrt(2.0 / fanIn));
            for (int i = 0; i < op.bias().length; i++) op.bias()[i] = (float) (r.nextGaussian() * 0.1);
        }
        return m;
    }

    /** The model quantized with min/max calibration on 64 inputs of seed 1. */
    public static QuantModel quantized(FloatModel m) {
        return new Quantizer(new Calibrator(new FloatForward())).quantize(m, inputs(1, 64, m.input()[0] * m.input()[1]));
    }
}
