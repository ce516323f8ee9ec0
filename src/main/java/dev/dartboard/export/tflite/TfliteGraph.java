package dev.dartboard.export.tflite;

import dev.dartboard.model.FloatOp;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.QuantOp;
import dev.dartboard.quant.QuantParams;
import org.tensorflow.lite.schema.*;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a {@link QuantModel} onto TFLite tensors and builtin operators. Tensor 0 is the int8 input
 * [1, H, W, C]; op i's output is an int8 tensor [1, H, W, C] (FC: [1, C]; MEAN keeps dims:
 * [1, 1, 1, C], TFLM's integer Mean path). Weights: int8 with per-channel scales on dimension 0
 * (conv) or 3 (depthwise), per-tensor for FC; biases int32 with scales s_in·s_w[c], zero point 0.
 * No SOFTMAX: the file outputs the int8 logits, as {@code Int8Interpreter} and the C library do
 * (argmax is unchanged; scores are dequantized with the output params).
 */
final class TfliteGraph {
    final List<TensorSpec> tensors = new ArrayList<>();
    final List<OperatorSpec> operators = new ArrayList<>();
    final int[] opOutputs;

    TfliteGraph(QuantModel m) {
        opOutputs = new int[m.ops().size()];
        int input = activation("input", m.inputShape(), m.input(), false);
        for (int i = 0; i < m.ops().size(); i++) {
            QuantOp op = m.ops().get(i);
            int[] ins = new int[op.inputs().length];
            for (int k = 0; k < ins.length; k++) ins[k] = op.inputs()[k] < 0 ? input : opOutputs[op.inputs()[k]];
            boolean flat = op.kind() == FloatOp.Kind.FULLY_CONNECTED;
            opOutputs[i] = activation("op" + i + "_" + op.kind().name().toLowerCase(), op.outShape(), op.output(), flat);
            operators.add(OpMapping.operator(this, op, i, ins, opOutputs[i]));
        }
    }

    private int activation(String name, int[] hwc, QuantParams p, boolean flat) {
        int[] shape = flat ? new int[]{1, hwc[2]} : new int[]{1, hwc[0], hwc[1], hwc[2]};
        return add(new TensorSpec(name, shape, TensorType.INT8, null, new float[]{p.scale()}, new long[]{p.zeroPoint()}, 0));
    }

    int add(TensorSpec t) {
        tensors.add(t);
        return tensors.size() - 1;
    }

    /** int8 weights with per-channel (or per-tensor) symmetric scales. */
    int weights(String name, int[] shape, byte[] data, float[] scales, int quantDim) {
        return add(new TensorSpec(name, shape, TensorType.INT8, data.clone(), scales.clone(), new long[scales.length], quantDim));
    }

    /** int32 bias at scale s_in · s_w[c]: one scale per weight scale (per-tensor FC → one bias scale). */
    int bias(String name, int[] bias, float inScale, float[] wScales) {
        float[] s = new float[wScales.length];
        for (int c = 0; c < s.length; c++) s[c] = inScale * wScales[c];
        return add(new TensorSpec(name, new int[]{bias.length}, TensorType.INT32, ints(bias), s, new long[s.length], 0));
    }

    /** A constant int32 vector without quantization (e.g. MEAN's axes). */
    int int32Constant(String name, int[] values) {
        return add(new TensorSpec(name, new int[]{values.length}, TensorType.INT32, ints(values), null, null, 0));
    }

    static byte[] ints(int[] v) {
        ByteBuffer b = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int x : v) b.putInt(x);
        return b.array();
    }
}
