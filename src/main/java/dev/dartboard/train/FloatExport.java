package dev.dartboard.train;

import dev.dartboard.model.FloatModel;
import dev.dartboard.model.FloatOp;
import dev.dartboard.model.FloatOp.Kind;
import dev.dartboard.model.FloatOp.Padding;
import dev.dartboard.model.Genotype;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A trained discrete network as a {@link FloatModel}: BN folded into the preceding conv / depthwise
 * weights and biases, weights transposed from SameDiff's layouts (conv [kh, kw, in, out], depthwise
 * [kh, kw, c, 1], FC [in, out]) to TFLite's (CONV_2D [out, kh, kw, in], DEPTHWISE [1, kh, kw, c],
 * FC [out, in]); ReLUs stay fused. A depthwise without BN gets a zero bias. Stateless.
 */
public final class FloatExport {
    private FloatExport() { }

    /** @param values the INFER graph's variables by name (weights, BN gamma/beta/mean/var, FC bias) */
    public static FloatModel export(Genotype g, List<String> labels, List<Unit> units, Map<String, INDArray> values) {
        List<FloatOp> ops = new ArrayList<>(units.size());
        for (Unit u : units) ops.add(op(u, values));
        int[] in = {g.dataConfig().frames(), g.dataConfig().features(), 1};
        return new FloatModel(g.name(), g.dataConfig(), in, ops, labels);
    }

    private static FloatOp op(Unit u, Map<String, INDArray> v) {
        Padding pad = switch (u.kind()) {
            case CONV_2D, DEPTHWISE_CONV_2D, AVERAGE_POOL_2D, MAX_POOL_2D -> Padding.SAME;
            default -> Padding.VALID;
        };
        float[] w = u.weight() == null ? null : tfliteWeights(u, v.get(u.weight()));
        float[] b = u.bias() == null ? null : v.get(u.bias()).toFloatVector();
        if (u.bn() != null) {
            double[] s = BnFold.scales(f(v, u.bn() + "/gamma"), f(v, u.bn() + "/var"), BatchNorm.EPS);
            BnFold.scaleWeights(w, s, u.kind() == Kind.DEPTHWISE_CONV_2D ? 1 : w.length / u.cout());
            b = BnFold.bias(b, f(v, u.bn() + "/mean"), f(v, u.bn() + "/beta"), s);
        } else if (w != null && b == null) {
            b = new float[u.cout()];
        }
        return new FloatOp(u.kind(), u.inputs().clone(), u.cout(), u.kh(), u.kw(), u.sh(), u.sw(), pad,
                u.activation(), w, b);
    }

    /** C-order values in TFLite's layout: [kh,kw,i,o] and [kh,kw,c,1] → permute(3,0,1,2); [in,out] → transpose. */
    static float[] tfliteWeights(Unit u, INDArray w) {
        INDArray t = u.kind() == Kind.FULLY_CONNECTED ? w.transpose() : w.permute(3, 0, 1, 2);
        return Nd4j.toFlattened('c', t).toFloatVector();
    }

    private static float[] f(Map<String, INDArray> v, String name) {
        INDArray a = v.get(name);
        if (a == null) throw new IllegalArgumentException("no value for " + name);
        return a.toFloatVector();
    }
}
