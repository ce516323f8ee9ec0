package dev.dartboard.export.tflite;

import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.TestModels;
import org.junit.jupiter.api.Test;
import org.tensorflow.lite.schema.*;

import java.nio.ByteBuffer;

import static org.junit.jupiter.api.Assertions.*;

/** The flatbuffer layout TFLM and Arm NN need, read back with the schema's own readers. */
class TfliteWriterTest {

    @Test
    void layoutFollowsTheTfliteSchema() {
        QuantModel q = TestModels.quantized(TestModels.allOps(31, 6));
        ByteBuffer bb = ByteBuffer.wrap(new TfliteWriter().write(q));
        assertTrue(Model.ModelBufferHasIdentifier(bb));                       // "TFL3"
        Model m = Model.getRootAsModel(bb);
        assertEquals(3, m.version());
        assertEquals(0, m.buffers(0).dataLength());                          // buffer 0 empty
        for (int i = 0; i < m.operatorCodesLength(); i++) {
            OperatorCode c = m.operatorCodes(i);
            assertEquals(Math.min(c.builtinCode(), 127), c.deprecatedBuiltinCode());
        }
        SubGraph g = m.subgraphs(0);
        assertEquals(1, g.outputsLength());
        assertEquals(q.ops().size(), g.operatorsLength());
        for (int t = 0; t < g.tensorsLength(); t++) {
            Buffer buf = m.buffers((int) g.tensors(t).buffer());
            if (buf.dataLength() > 0) assertEquals(0, buf.dataAsByteBuffer().position() % 16, "tensor " + t + " not 16-byte aligned");
        }
        Tensor dwWeights = g.tensors(g.operators(1).inputs(1));
        assertEquals(3, dwWeights.quantization().quantizedDimension());       // depthwise: per channel on dim 3
        assertEquals(8, dwWeights.quantization().scaleLength());
        Tensor fcWeights = g.tensors(g.operators(q.ops().size() - 1).inputs(1));
        assertEquals(1, fcWeights.quantization().scaleLength());              // FC: per tensor
        Tensor in = g.tensors(g.inputs(0));
        assertEquals(q.input().zeroPoint(), in.quantization().zeroPoint(0));
        assertEquals(TensorType.INT8, in.type());
    }
}
