package dev.dartboard.quant;

import dev.dartboard.model.DataConfig;

import java.util.List;

/**
 * A fully int8 network (TFLite quantization spec), the input to every exporter and to
 * {@link Int8Interpreter}. Immutable by contract: nobody mutates the arrays inside the ops.
 *
 * @param name       human label
 * @param dataConfig the front end producing the float features that {@code input} quantizes
 * @param inputShape [frames, features, 1]
 * @param input      quantization of the model input (features are quantized with it)
 * @param ops        the int8 ops, in execution order; the last one yields the int8 logits
 * @param labels     class names, index = logit index
 */
public record QuantModel(String name, DataConfig dataConfig, int[] inputShape, QuantParams input,
                         List<QuantOp> ops, List<String> labels) {

    public QuantModel {
        ops = List.copyOf(ops);
        labels = List.copyOf(labels);
    }

    /** The quantization of op i's output; i = −1 is the model input. */
    public QuantParams paramsOf(int i) {
        return i < 0 ? input : ops.get(i).output();
    }

    /** The shape [H, W, C] of op i's output; i = −1 is the model input. */
    public int[] shapeOf(int i) {
        return i < 0 ? inputShape : ops.get(i).outShape();
    }

    /** Output (logits) quantization. */
    public QuantParams outputParams() {
        return ops.get(ops.size() - 1).output();
    }

    /** Quantizes float features (row-major frames × features) to the int8 model input. */
    public byte[] quantizeInput(float[] features) {
        byte[] q = new byte[features.length];
        for (int i = 0; i < q.length; i++) q[i] = FixedPoint.quantize(features[i], input);
        return q;
    }

    /** Dequantizes int8 logits. */
    public float[] dequantizeOutput(byte[] q) {
        float[] f = new float[q.length];
        for (int i = 0; i < f.length; i++) f[i] = FixedPoint.dequantize(q[i], outputParams());
        return f;
    }

    /** int8 weights + int32 biases, bytes. */
    public long weightBytes() {
        long n = 0;
        for (QuantOp op : ops) n += (op.weights() == null ? 0 : op.weights().length) + 4L * (op.bias() == null ? 0 : op.bias().length);
        return n;
    }
}
