package dev.dartboard.quant;

import dev.dartboard.model.FloatOp;

/**
 * One int8 op, everything an integer kernel needs (TFLM's OpData), NHWC, batch 1.
 *
 * <p>Layouts as {@link FloatOp}: CONV_2D weights [out, kh, kw, in], DEPTHWISE_CONV_2D [1, kh, kw, c],
 * FULLY_CONNECTED [out, in] (in = H·W·C of the input, flattened in HWC order). Weights are symmetric
 * int8 in [−127, 127] (zero point 0); {@code weightScales} has one scale per output channel for
 * conv/depthwise and exactly one for FC (per-tensor). Bias is int32 at scale in·w[c], zero point 0.
 *
 * <p>Requantization ({@link FixedPoint}): conv/depthwise/FC: {@code multipliers[c], shifts[c]} for
 * in·w[c]/out (one entry for FC); ADD: entries {input1, input2, output} of TFLM's add with
 * left shift 20; MEAN: one entry for in/out; pools: none (output params = input params).
 * {@code actMin..actMax} is the fused activation's range in the output's int8 domain.
 *
 * @param inputs   indices of the source ops (−1 = model input), as in the FloatModel
 * @param inParams quantization of each input tensor
 * @param inShape  [H, W, C] of the first input
 * @param outShape [H, W, C] of the output
 * @param padTop   rows of implicit padding before the input (TFLite SAME: total / 2)
 * @param padLeft  columns of implicit padding before the input
 */
public record QuantOp(FloatOp.Kind kind, int[] inputs, QuantParams[] inParams, int[] inShape, int[] outShape,
                      int kernelH, int kernelW, int strideH, int strideW, int padTop, int padLeft,
                      byte[] weights, int[] bias, float[] weightScales, int[] multipliers, int[] shifts,
                      QuantParams output, int actMin, int actMax, FloatOp.Padding padding, FloatOp.Activation activation) {

    /** TFLM add's input left shift (kernels/add.cc, int8). */
    public static final int ADD_LEFT_SHIFT = 20;

    /** Number of output elements H·W·C. */
    public int outSize() {
        return outShape[0] * outShape[1] * outShape[2];
    }

    /** Multiply-accumulates of one inference (0 for weightless ops). */
    public long macs() {
        return switch (kind) {
            case CONV_2D -> (long) outSize() * kernelH * kernelW * inShape[2];
            case DEPTHWISE_CONV_2D -> (long) outSize() * kernelH * kernelW;
            case FULLY_CONNECTED -> (long) outShape[2] * inShape[0] * inShape[1] * inShape[2];
            default -> 0;
        };
    }
}
