package dev.dartboard.model;

/**
 * One inference op of a trained, BN-folded network, in TFLite's vocabulary and layouts (NHWC,
 * batch 1). The arrays are owned by the op: nobody mutates them after construction.
 *
 * <p>Weight layouts (TFLite): CONV_2D {@code [out, kh, kw, in]}; DEPTHWISE_CONV_2D {@code [1, kh, kw, c]}
 * (multiplier 1); FULLY_CONNECTED {@code [out, in]}. Bias {@code [out]} (null for weightless ops).
 *
 * @param kind       the op
 * @param inputs     indices of earlier ops whose outputs this op reads; −1 is the model input.
 *                   One input for all kinds but ADD (two).
 * @param outChannels output channels (equals the input channels for pools, ADD and depthwise)
 * @param kernelH    kernel height (time axis); pools: window height; 1 for FC/ADD/MEAN
 * @param kernelW    kernel width (feature axis)
 * @param strideH    stride along H
 * @param strideW    stride along W
 * @param padding    SAME or VALID, as TFLite computes them
 * @param activation fused activation on the output
 * @param weights    weights in the layout above, or null
 * @param bias       bias, or null
 */
public record FloatOp(Kind kind, int[] inputs, int outChannels, int kernelH, int kernelW, int strideH, int strideW,
                      Padding padding, Activation activation, float[] weights, float[] bias) {

    /** TFLM builtin ops Dartboard emits. MEAN is the global average pool over H and W (keep no dims). */
    public enum Kind { CONV_2D, DEPTHWISE_CONV_2D, AVERAGE_POOL_2D, MAX_POOL_2D, ADD, MEAN, FULLY_CONNECTED }

    /** TFLite padding semantics. */
    public enum Padding { SAME, VALID }

    /** Fused activations. */
    public enum Activation { NONE, RELU, RELU6 }

    public FloatOp {
        if (kind == null || inputs == null || inputs.length == 0) throw new IllegalArgumentException("kind and inputs are required");
        if (kind == Kind.ADD ? inputs.length != 2 : inputs.length != 1)
            throw new IllegalArgumentException(kind + " takes " + (kind == Kind.ADD ? 2 : 1) + " input(s)");
        if (outChannels <= 0 || kernelH <= 0 || kernelW <= 0 || strideH <= 0 || strideW <= 0)
            throw new IllegalArgumentException(kind + ": sizes must be positive");
        boolean hasWeights = kind == Kind.CONV_2D || kind == Kind.DEPTHWISE_CONV_2D || kind == Kind.FULLY_CONNECTED;
        if (hasWeights != (weights != null)) throw new IllegalArgumentException(kind + (hasWeights ? " needs" : " has no") + " weights");
        if (bias != null && bias.length != outChannels) throw new IllegalArgumentException(kind + ": bias length " + bias.length + " ≠ " + outChannels);
    }

    /**
     * Output shape [H, W, C] for an input of shape [h, w, c] (MEAN and FULLY_CONNECTED give [1, 1, C]).
     * SAME: ceil(in / stride); VALID: ceil((in − k + 1) / stride), as TFLite.
     */
    public int[] outputShape(int[] in) {
        return switch (kind) {
            case MEAN -> new int[]{1, 1, in[2]};
            case FULLY_CONNECTED -> new int[]{1, 1, outChannels};
            case ADD -> in.clone();
            default -> new int[]{out(in[0], kernelH, strideH), out(in[1], kernelW, strideW), outChannels};
        };
    }

    private int out(int in, int k, int s) {
        return padding == Padding.SAME ? (in + s - 1) / s : (in - k + s) / s;
    }

    /** This op with other biases (same length). */
    public FloatOp withBias(float[] newBias) {
        return new FloatOp(kind, inputs, outChannels, kernelH, kernelW, strideH, strideW, padding, activation, weights, newBias);
    }
}
