package dev.dartboard.quant;

import dev.dartboard.model.FloatModel;
import dev.dartboard.model.FloatOp;
import dev.dartboard.model.FloatOp.Kind;

import java.util.ArrayList;
import java.util.List;

/**
 * Post-training int8 quantization of a BN-folded {@link FloatModel} (TFLite quantization spec):
 * asymmetric int8 activations from {@link Calibrator} min/max ranges ({@link QuantParams#fromRange}),
 * pools keep their input's params (TFLite requires it), symmetric weights by {@link WeightQuantizer},
 * requantization multipliers by {@link FixedPoint#quantizeMultiplier} of the double products of the
 * float32 scales, exactly as TFLM's Prepare functions derive them.
 */
public final class Quantizer {
    private final Calibrator calibrator;

    public Quantizer(Calibrator calibrator) {
        this.calibrator = calibrator;
    }

    /**
     * @param calibration float features (row-major frames × features), e.g. a few hundred training clips
     * @throws NonFiniteModelException when a weight, a bias or a calibrated activation range is NaN or infinite
     */
    public QuantModel quantize(FloatModel model, List<float[]> calibration) {
        requireFinite(model);
        double[][] ranges = calibrator.ranges(model, calibration);
        for (int t = 0; t < ranges.length; t++)
            if (!Double.isFinite(ranges[t][0]) || !Double.isFinite(ranges[t][1]))
                throw new NonFiniteModelException((t == 0 ? "the model input" : tensor(model, t - 1, "output"))
                        + " ranges over [" + ranges[t][0] + ", " + ranges[t][1] + "] on the calibration clips: the features or"
                        + " the model produce non-finite values; nothing was quantized");
        QuantParams input = QuantParams.fromRange(ranges[0][0], ranges[0][1]);
        List<int[]> shapes = model.shapes();
        List<QuantOp> ops = new ArrayList<>();
        for (int i = 0; i < model.ops().size(); i++) {
            FloatOp op = model.ops().get(i);
            QuantParams[] in = new QuantParams[op.inputs().length];
            for (int k = 0; k < in.length; k++) in[k] = op.inputs()[k] < 0 ? input : ops.get(op.inputs()[k]).output();
            int src = op.inputs()[0];
            int[] inShape = src < 0 ? model.input() : shapes.get(src);
            boolean pool = op.kind() == Kind.AVERAGE_POOL_2D || op.kind() == Kind.MAX_POOL_2D;
            QuantParams out = pool ? in[0] : QuantParams.fromRange(ranges[i + 1][0], ranges[i + 1][1]);
            ops.add(build(op, in, inShape, shapes.get(i), out));
        }
        return new QuantModel(model.name(), model.dataConfig(), model.input(), input, ops, model.labels());
    }

    /** Every weight and bias is finite, else the first bad one is named (op index, kind, tensor, element). */
    static void requireFinite(FloatModel model) {
        for (int i = 0; i < model.ops().size(); i++) {
            FloatOp op = model.ops().get(i);
            checkFinite(model, i, "weights", op.weights());
            checkFinite(model, i, "bias", op.bias());
        }
    }

    private static void checkFinite(FloatModel model, int op, String name, float[] values) {
        if (values == null) return;
        for (int k = 0; k < values.length; k++)
            if (!Float.isFinite(values[k]))
                throw new NonFiniteModelException(tensor(model, op, name) + "[" + k + "] is " + values[k]
                        + ": the float model is not finite (did training diverge?); nothing was quantized");
    }

    private static String tensor(FloatModel model, int op, String name) {
        return "op " + op + " (" + model.ops().get(op).kind() + ") " + name;
    }

    private static QuantOp build(FloatOp op, QuantParams[] in, int[] inShape, int[] outShape, QuantParams out) {
        int pt = FloatForward.padBefore(inShape[0], op.kernelH(), op.strideH(), outShape[0], op.padding());
        int pl = FloatForward.padBefore(inShape[1], op.kernelW(), op.strideW(), outShape[1], op.padding());
        byte[] w = null;
        int[] bias = null;
        float[] ws = null;
        int[][] ms;
        if (op.weights() != null) {
            ws = WeightQuantizer.scales(op);
            w = WeightQuantizer.weights(op, ws);
            bias = WeightQuantizer.bias(op, in[0].scale(), ws);
            ms = weightedMultipliers(in[0].scale(), ws, out.scale());
        } else {
            ms = weightlessMultipliers(op.kind(), in, out);
        }
        int[] act = activationRange(op.activation(), out);
        return new QuantOp(op.kind(), op.inputs().clone(), in, inShape, outShape, op.kernelH(), op.kernelW(), op.strideH(),
                op.strideW(), pt, pl, w, bias, ws, ms[0], ms[1], out, act[0], act[1], op.padding(), op.activation());
    }

    /** {multipliers[], shifts[]} for s_in · s_w[c] / s_out. */
    private static int[][] weightedMultipliers(float sIn, float[] ws, float sOut) {
        int[][] r = new int[2][ws.length];
        for (int c = 0; c < ws.length; c++) put(r, c, (double) sIn * (double) ws[c] / (double) sOut);
        return r;
    }

    /** ADD: TFLM add.cc's three multipliers (left shift 20); MEAN: s_in / s_out; pools: none. */
    private static int[][] weightlessMultipliers(Kind kind, QuantParams[] in, QuantParams out) {
        if (kind == Kind.MEAN) {
            int[][] r = new int[2][1];
            put(r, 0, (double) in[0].scale() / (double) out.scale());
            return r;
        }
        if (kind != Kind.ADD) return new int[2][0];
        double twiceMax = 2 * (double) Math.max(in[0].scale(), in[1].scale());
        int[][] r = new int[2][3];
        put(r, 0, in[0].scale() / twiceMax);
        put(r, 1, in[1].scale() / twiceMax);
        put(r, 2, twiceMax / ((1 << QuantOp.ADD_LEFT_SHIFT) * (double) out.scale()));
        return r;
    }

    private static void put(int[][] r, int k, double real) {
        int[] q = FixedPoint.quantizeMultiplier(real);
        r[0][k] = q[0];
        r[1][k] = q[1];
    }

    /** CalculateActivationRangeQuantized for int8: zp + round(f / scale) in float, clamped to [−128, 127]. */
    static int[] activationRange(FloatOp.Activation a, QuantParams out) {
        int zero = out.zeroPoint() + FixedPoint.roundHalfAway(0f / out.scale());
        int six = out.zeroPoint() + FixedPoint.roundHalfAway(6f / out.scale());
        return switch (a) {
            case NONE -> new int[]{-128, 127};
            case RELU -> new int[]{Math.max(-128, zero), 127};
            case RELU6 -> new int[]{Math.max(-128, zero), Math.min(127, six)};
        };
    }
}
