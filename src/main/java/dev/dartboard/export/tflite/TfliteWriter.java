package dev.dartboard.export.tflite;

import com.google.flatbuffers.FlatBufferBuilder;
import dev.dartboard.quant.QuantModel;
import org.tensorflow.lite.schema.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Serialises a {@link QuantModel} as a TFLite flatbuffer (schema v3, identifier "TFL3") that TFLM
 * and Arm NN load: buffer 0 empty, each tensor its own buffer, constant data 16-byte aligned,
 * operator codes with both {@code deprecated_builtin_code} and {@code builtin_code}.
 * Only TFLM builtin ops (CONV_2D, DEPTHWISE_CONV_2D, FULLY_CONNECTED, AVERAGE/MAX_POOL_2D, ADD, MEAN).
 * Stateless; thread-safe.
 */
public final class TfliteWriter {

    /** The deployable model: one input (int8 features), one output (int8 logits). */
    public byte[] write(QuantModel model) {
        return write(model, false);
    }

    /**
     * @param exposeIntermediates if true, every op's output is a subgraph output, in op order
     *                            (the last is the logits): for per-layer comparisons in tests
     */
    public byte[] write(QuantModel model, boolean exposeIntermediates) {
        TfliteGraph g = new TfliteGraph(model);
        FlatBufferBuilder b = new FlatBufferBuilder(64 * 1024);
        int buffers = buffers(b, g.tensors);
        int tensors = SubGraph.createTensorsVector(b, tensorOffsets(b, g.tensors));
        List<Integer> codes = new ArrayList<>();
        int[] ops = new int[g.operators.size()];
        for (int i = 0; i < ops.length; i++) ops[i] = operator(b, g.operators.get(i), codes);
        int[] outs = exposeIntermediates ? g.opOutputs : new int[]{g.opOutputs[g.opOutputs.length - 1]};
        int subgraph = SubGraph.createSubGraph(b, tensors, SubGraph.createInputsVector(b, new int[]{0}),
                SubGraph.createOutputsVector(b, outs), SubGraph.createOperatorsVector(b, ops), b.createString(model.name()));
        int[] codeOffsets = new int[codes.size()];
        for (int i = 0; i < codeOffsets.length; i++) {
            int c = codes.get(i);
            codeOffsets[i] = OperatorCode.createOperatorCode(b, (byte) Math.min(c, 127), 0, version(g, c), c);
        }
        int model0 = Model.createModel(b, 3, Model.createOperatorCodesVector(b, codeOffsets),
                Model.createSubgraphsVector(b, new int[]{subgraph}), b.createString("Dartboard int8 keyword spotter"), buffers, 0, 0, 0);
        Model.finishModelBuffer(b, model0);
        return b.sizedByteArray();
    }

    private static int version(TfliteGraph g, int code) {
        return g.operators.stream().filter(o -> o.builtin() == code).findFirst().orElseThrow().version();
    }

    /** Buffer 0 is the empty sentinel; tensor i owns buffer i + 1. */
    private static int buffers(FlatBufferBuilder b, List<TensorSpec> tensors) {
        int[] offs = new int[tensors.size() + 1];
        offs[0] = emptyBuffer(b);
        for (int i = 0; i < tensors.size(); i++) {
            byte[] d = tensors.get(i).data();
            offs[i + 1] = d == null ? emptyBuffer(b) : Buffer.createBuffer(b, aligned(b, d));
        }
        return Model.createBuffersVector(b, offs);
    }

    private static int emptyBuffer(FlatBufferBuilder b) {
        Buffer.startBuffer(b);
        return Buffer.endBuffer(b);
    }

    /** A ubyte vector whose first element is 16-byte aligned (the schema's force_align: 16). */
    private static int aligned(FlatBufferBuilder b, byte[] d) {
        b.startVector(1, d.length, 16);
        for (int i = d.length - 1; i >= 0; i--) b.addByte(d[i]);
        return b.endVector();
    }

    private static int[] tensorOffsets(FlatBufferBuilder b, List<TensorSpec> tensors) {
        int[] offs = new int[tensors.size()];
        for (int i = 0; i < offs.length; i++) {
            TensorSpec t = tensors.get(i);
            int q = t.scales() == null ? 0 : QuantizationParameters.createQuantizationParameters(b, 0, 0,
                    QuantizationParameters.createScaleVector(b, t.scales()),
                    QuantizationParameters.createZeroPointVector(b, t.zeroPoints()), (byte) 0, 0, t.quantDim());
            int name = b.createString(t.name()), shape = Tensor.createShapeVector(b, t.shape());
            Tensor.startTensor(b);
            Tensor.addShape(b, shape);
            Tensor.addType(b, t.type());
            Tensor.addBuffer(b, i + 1);
            Tensor.addName(b, name);
            if (q != 0) Tensor.addQuantization(b, q);
            offs[i] = Tensor.endTensor(b);
        }
        return offs;
    }

    private static int operator(FlatBufferBuilder b, OperatorSpec o, List<Integer> codes) {
        if (!codes.contains(o.builtin())) codes.add(o.builtin());
        int options = o.options().applyAsInt(b);
        return Operator.createOperator(b, codes.indexOf(o.builtin()), Operator.createInputsVector(b, o.inputs()),
                Operator.createOutputsVector(b, o.outputs()), o.optionsType(), options, 0, (byte) 0, 0, 0);
    }
}
