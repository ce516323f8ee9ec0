package dev.dartboard.nas;

import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The stack→mmul mix equals Σ_j (Σ_{i∈group j} softmax(a)_i) · t_j computed by hand. */
class MixerTest {

    @Test
    void mixEqualsTheExplicitSoftmaxWeightedSum() {
        float[] logits = {0.3f, -1.2f, 0.7f, 2.0f};           // index 3 feeds no term (a ZERO op)
        int[][] groups = {{0}, {1, 2}};                       // term 1 takes the mass of weights 1 and 2
        INDArray t0 = new WeightInit(1).normal(1, 2, 3, 2, 2), t1 = new WeightInit(2).normal(1, 2, 3, 2, 2);
        SameDiff sd = SameDiff.create();
        SDVariable probs = sd.nn().softmax("p", sd.var("a", Nd4j.createFromArray(new float[][]{logits})), 1);
        SDVariable mixed = Mixer.mix(sd, "m", probs, 4, groups, List.of(sd.constant("t0", t0), sd.constant("t1", t1)));
        INDArray out = mixed.eval();
        double[] p = softmax(logits);
        for (int i = 0; i < t0.length(); i++) {
            double expected = p[0] * t0.getDouble(i) + (p[1] + p[2]) * t1.getDouble(i);
            assertEquals(expected, out.getDouble(i), 1e-6, "element " + i);
        }
        assertEquals(List.of(2L, 3L, 2L, 2L), List.of(out.size(0), out.size(1), out.size(2), out.size(3)));
        assertEquals(DataType.FLOAT, out.dataType());
    }

    private static double[] softmax(float[] a) {
        double max = Double.NEGATIVE_INFINITY, sum = 0;
        for (float v : a) max = Math.max(max, v);
        double[] e = new double[a.length];
        for (int i = 0; i < a.length; i++) sum += e[i] = Math.exp(a[i] - max);
        for (int i = 0; i < a.length; i++) e[i] /= sum;
        return e;
    }
}
