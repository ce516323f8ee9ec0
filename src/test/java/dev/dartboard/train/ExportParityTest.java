package dev.dartboard.train;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.FloatOp;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Genotype.Layer;
import dev.dartboard.model.Primitive;
import dev.dartboard.nas.cost.GenotypeLowering;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The exported FloatModel, run by the plain-Java runner, gives the SameDiff inference graph's logits on
 * real samples/ features: proves BN folding, weight layouts, SAME padding (odd sizes, stride 2), pooling
 * divisors, residual ADDs and fused ReLUs. BN statistics are random so folding is not the identity.
 */
class ExportParityTest {
    /** Every primitive, stride-2 slots, width changes and odd spatial sizes. */
    static Genotype everyPrimitive() {
        return new Genotype("all-ops", DataConfig.defaults(), new Genotype.Stem(8, 5, 3, 2, 1), List.of(
                new Layer(Primitive.DW_SEP_3X3, 8, 1), new Layer(Primitive.DW_SEP_5X5, 12, 2),
                new Layer(Primitive.CONV_3X3, 12, 1), new Layer(Primitive.INV_RES_3X3, 12, 1),
                new Layer(Primitive.INV_RES_3X3, 16, 2), new Layer(Primitive.MAX_POOL_3X3, 16, 1),
                new Layer(Primitive.AVG_POOL_3X3, 16, 2), new Layer(Primitive.AVG_POOL_3X3, 20, 1),
                new Layer(Primitive.SKIP, 20, 1), new Layer(Primitive.SKIP, 24, 2), new Layer(Primitive.MAX_POOL_3X3, 24, 2)));
    }

    @Test
    void floatModelEqualsTheInferenceGraphOnRealFeatures() {
        Genotype g = everyPrimitive();
        DiscreteNet net = NetBuilder.build(g, 6, NetMode.INFER, 3);
        randomiseBatchNorms(net, new Random(11));
        FloatModel m = FloatExport.export(g, List.of("a", "b", "c", "d", "e", "f"), net.units(), net.values());
        FloatModelRunner runner = new FloatModelRunner(m);
        for (int row = 0; row < 12; row++) {
            float[] x = SamplesData.row(row * 7);
            float[] expected = net.predict(x);
            assertArrayEquals(expected, runner.logits(x), 1e-4f * Math.max(1f, maxAbs(expected)), "row " + row * 7);
        }
    }

    @Test
    void everyPrimitiveMapsToTheDocumentedOps() {
        DiscreteNet net = NetBuilder.build(everyPrimitive(), 6, NetMode.INFER, 3);
        List<String> kinds = net.units().stream().map(u -> u.kind() + ":" + u.activation()).toList();
        assertEquals(List.of("CONV_2D:RELU",                              // stem
                "DEPTHWISE_CONV_2D:NONE", "CONV_2D:RELU",                 // dw-sep 3x3
                "DEPTHWISE_CONV_2D:NONE", "CONV_2D:RELU",                 // dw-sep 5x5 / 2
                "CONV_2D:RELU",                                           // conv 3x3
                "CONV_2D:RELU", "DEPTHWISE_CONV_2D:RELU", "CONV_2D:NONE", "ADD:NONE", // inv-res, residual
                "CONV_2D:RELU", "DEPTHWISE_CONV_2D:RELU", "CONV_2D:NONE",  // inv-res / 2, widens: no ADD
                "MAX_POOL_2D:NONE", "AVERAGE_POOL_2D:NONE",               // pools keeping width
                "AVERAGE_POOL_2D:NONE", "CONV_2D:NONE",                   // pool + 1x1 projection (16 → 20)
                "CONV_2D:NONE",                                           // skip 20 → 24 / 2: projection (first skip: no op)
                "MAX_POOL_2D:NONE", "MEAN:NONE", "FULLY_CONNECTED:NONE"), kinds);
    }

    /** The search's cost model counts exactly what training exports. */
    @Test
    void theCostModelsLoweringEqualsTheExportedStructure() {
        Genotype g = everyPrimitive();
        List<String> labels = List.of("a", "b", "c", "d", "e", "f");
        DiscreteNet net = NetBuilder.build(g, 6, NetMode.INFER, 3);
        FloatModel exported = FloatExport.export(g, labels, net.units(), net.values());
        FloatModel lowered = new GenotypeLowering().lower(g, labels);
        assertEquals(describe(exported), describe(lowered));
    }

    private static List<String> describe(FloatModel m) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < m.ops().size(); i++) {
            FloatOp op = m.ops().get(i);
            out.add(op.kind() + ":" + op.activation() + " in" + java.util.Arrays.toString(op.inputs())
                    + " k" + op.kernelH() + "x" + op.kernelW() + " s" + op.strideH() + "x" + op.strideW() + " " + op.padding()
                    + " out" + java.util.Arrays.toString(m.shapes().get(i))
                    + " w" + (op.weights() == null ? -1 : op.weights().length) + " b" + (op.bias() == null ? -1 : op.bias().length));
        }
        return out;
    }

    private static void randomiseBatchNorms(DiscreteNet net, Random r) {
        Map<String, INDArray> v = net.values();
        for (String bn : net.batchNorms()) {
            int c = (int) v.get(bn + "/gamma").length();
            v.put(bn + "/gamma", vec(c, () -> 0.5f + r.nextFloat()));
            v.put(bn + "/beta", vec(c, () -> (float) r.nextGaussian() * 0.2f));
            v.put(bn + "/mean", vec(c, () -> (float) r.nextGaussian() * 0.5f));
            v.put(bn + "/var", vec(c, () -> 0.5f + 1.5f * r.nextFloat()));
        }
        net.load(v);
    }

    private static INDArray vec(int n, java.util.function.Supplier<Float> f) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) a[i] = f.get();
        return Nd4j.createFromArray(a);
    }

    private static float maxAbs(float[] v) {
        float m = 0;
        for (float f : v) m = Math.max(m, Math.abs(f));
        return m;
    }

    static FloatOp.Kind kind(FloatModel m, int i) { return m.ops().get(i).kind(); }
}
