package dev.dartboard.export.tflite;

import dev.dartboard.model.FloatOp;
import dev.dartboard.quant.QuantOp;
import org.tensorflow.lite.schema.*;

/** The TFLite operator (code, version, inputs, options) for each Dartboard op kind. */
final class OpMapping {
    private OpMapping() {}

    static OperatorSpec operator(TfliteGraph g, QuantOp op, int i, int[] ins, int out) {
        String n = "op" + i;
        byte act = activation(op.activation());
        byte pad = op.padding() == FloatOp.Padding.SAME ? Padding.SAME : Padding.VALID;
        int sh = op.strideH(), sw = op.strideW(), kh = op.kernelH(), kw = op.kernelW();
        return switch (op.kind()) {
            case CONV_2D -> new OperatorSpec(BuiltinOperator.CONV_2D, 3, weighted(g, op, n, ins[0],
                    new int[]{op.outShape()[2], kh, kw, op.inShape()[2]}, 0), new int[]{out}, BuiltinOptions.Conv2DOptions,
                    b -> Conv2DOptions.createConv2DOptions(b, pad, sw, sh, act, 1, 1));
            case DEPTHWISE_CONV_2D -> new OperatorSpec(BuiltinOperator.DEPTHWISE_CONV_2D, 3, weighted(g, op, n, ins[0],
                    new int[]{1, kh, kw, op.outShape()[2]}, 3), new int[]{out}, BuiltinOptions.DepthwiseConv2DOptions,
                    b -> DepthwiseConv2DOptions.createDepthwiseConv2DOptions(b, pad, sw, sh, 1, act, 1, 1));
            case FULLY_CONNECTED -> new OperatorSpec(BuiltinOperator.FULLY_CONNECTED, 4, weighted(g, op, n, ins[0],
                    new int[]{op.outShape()[2], op.inShape()[0] * op.inShape()[1] * op.inShape()[2]}, 0), new int[]{out},
                    BuiltinOptions.FullyConnectedOptions,
                    b -> FullyConnectedOptions.createFullyConnectedOptions(b, act, FullyConnectedOptionsWeightsFormat.DEFAULT, false, false));
            case AVERAGE_POOL_2D, MAX_POOL_2D -> new OperatorSpec(op.kind() == FloatOp.Kind.MAX_POOL_2D
                    ? BuiltinOperator.MAX_POOL_2D : BuiltinOperator.AVERAGE_POOL_2D, 2, ins, new int[]{out},
                    BuiltinOptions.Pool2DOptions, b -> Pool2DOptions.createPool2DOptions(b, pad, sw, sh, kw, kh, act));
            case ADD -> new OperatorSpec(BuiltinOperator.ADD, 2, ins, new int[]{out}, BuiltinOptions.AddOptions,
                    b -> AddOptions.createAddOptions(b, act, false));
            case MEAN -> new OperatorSpec(BuiltinOperator.MEAN, 2, new int[]{ins[0], g.int32Constant(n + "_axes", new int[]{1, 2})},
                    new int[]{out}, BuiltinOptions.ReducerOptions, b -> ReducerOptions.createReducerOptions(b, true));
        };
    }

    private static int[] weighted(TfliteGraph g, QuantOp op, String n, int in, int[] shape, int quantDim) {
        int w = g.weights(n + "_weights", shape, op.weights(), op.weightScales(), quantDim);
        int b = g.bias(n + "_bias", op.bias(), op.inParams()[0].scale(), op.weightScales());
        return new int[]{in, w, b};
    }

    private static byte activation(FloatOp.Activation a) {
        return switch (a) {
            case NONE -> ActivationFunctionType.NONE;
            case RELU -> ActivationFunctionType.RELU;
            case RELU6 -> ActivationFunctionType.RELU6;
        };
    }
}
