package dev.dartboard.train;

import dev.dartboard.model.FloatModel;
import dev.dartboard.model.FloatOp;
import dev.dartboard.model.FloatOp.Kind;

import java.util.List;

/**
 * Plain-Java float reference inference of a {@link FloatModel}, batch 1, NHWC row-major loops in
 * TFLite's semantics (SAME padding puts the odd cell after; average pooling divides by the cells
 * inside the input; max pooling ignores padding). Stateless and thread-safe; the model is not mutated.
 */
public final class FloatModelRunner {
    private final FloatModel model;
    private final List<int[]> shapes;

    public FloatModelRunner(FloatModel model) {
        this.model = model;
        this.shapes = model.shapes();
    }

    /** Logits [labels] of one input [frames × features] (row-major, H = time). */
    public float[] logits(float[] input) {
        float[][] outs = outputs(input);
        return outs[outs.length - 1];
    }

    /** Every op's output (NHWC row-major), in op order. */
    public float[][] outputs(float[] input) {
        float[][] outs = new float[model.ops().size()][];
        for (int i = 0; i < outs.length; i++) {
            FloatOp op = model.ops().get(i);
            int src = op.inputs()[0];
            float[] x = src < 0 ? input : outs[src];
            int[] inShape = src < 0 ? model.input() : shapes.get(src);
            outs[i] = run(op, x, inShape, shapes.get(i), op.kind() == Kind.ADD ? outs[op.inputs()[1]] : null);
            if (op.activation() != FloatOp.Activation.NONE) activate(outs[i], op.activation());
        }
        return outs;
    }

    private static float[] run(FloatOp op, float[] x, int[] in, int[] out, float[] other) {
        return switch (op.kind()) {
            case CONV_2D -> Kernels.conv(op, x, in, out);
            case DEPTHWISE_CONV_2D -> Kernels.depthwise(op, x, in, out);
            case AVERAGE_POOL_2D, MAX_POOL_2D -> Kernels.pool(op, x, in, out);
            case ADD -> Kernels.add(x, other);
            case MEAN -> Kernels.mean(x, in);
            case FULLY_CONNECTED -> Kernels.fc(op, x);
        };
    }

    private static void activate(float[] v, FloatOp.Activation a) {
        float hi = a == FloatOp.Activation.RELU6 ? 6f : Float.POSITIVE_INFINITY;
        for (int i = 0; i < v.length; i++) v[i] = Math.min(hi, Math.max(0f, v[i]));
    }
}
