package dev.dartboard.quant;

import java.util.ArrayList;
import java.util.List;

/**
 * Pure-Java integer inference of a {@link QuantModel}: the reference that the exported C library
 * must equal bit for bit, and that the .tflite must match within TFLite's rounding under Arm NN.
 * Holds only the (immutable) model: thread-safe.
 */
public final class Int8Interpreter {
    private final QuantModel model;

    public Int8Interpreter(QuantModel model) {
        this.model = model;
    }

    /** Every op's int8 output (row-major HWC), in op order. The input array is not modified. */
    public List<byte[]> runAll(byte[] input) {
        int expected = model.inputShape()[0] * model.inputShape()[1] * model.inputShape()[2];
        if (input.length != expected) throw new IllegalArgumentException("input needs " + expected + " bytes, got " + input.length);
        List<byte[]> outs = new ArrayList<>(model.ops().size());
        for (int i = 0; i < model.ops().size(); i++) {
            QuantOp op = model.ops().get(i);
            byte[] second = op.inputs().length > 1 ? source(op.inputs()[1], input, outs) : null;
            outs.add(runOp(i, source(op.inputs()[0], input, outs), second));
        }
        return outs;
    }

    /**
     * Op i alone on given int8 inputs (e.g. another runtime's tensors, for per-layer comparisons).
     *
     * @param second ADD's second input; null for the other kinds
     */
    public byte[] runOp(int i, byte[] x, byte[] second) {
        QuantOp op = model.ops().get(i);
        return switch (op.kind()) {
            case CONV_2D -> Int8Kernels.conv(op, x, false);
            case DEPTHWISE_CONV_2D -> Int8Kernels.conv(op, x, true);
            case FULLY_CONNECTED -> Int8Kernels.fullyConnected(op, x);
            case AVERAGE_POOL_2D -> Int8PoolKernels.pool(op, x, false);
            case MAX_POOL_2D -> Int8PoolKernels.pool(op, x, true);
            case ADD -> Int8PoolKernels.add(op, x, second);
            case MEAN -> Int8PoolKernels.mean(op, x);
        };
    }

    /** The int8 logits. */
    public byte[] logits(byte[] input) {
        List<byte[]> all = runAll(input);
        return all.get(all.size() - 1);
    }

    /** Index of the largest logit for float features (quantized with the model's input params); ties → lowest index. */
    public int predict(float[] features) {
        return argmax(logits(model.quantizeInput(features)));
    }

    public static int argmax(byte[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
        return best;
    }

    private static byte[] source(int i, byte[] input, List<byte[]> outs) {
        return i < 0 ? input : outs.get(i);
    }
}
