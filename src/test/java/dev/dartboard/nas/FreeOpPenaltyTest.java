package dev.dartboard.nas;

import dev.dartboard.model.Primitive;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FreeOpPenaltyTest {
    private static final List<Primitive> OPS = List.of(Primitive.DW_SEP_3X3, Primitive.SKIP, Primitive.MAX_POOL_3X3,
            Primitive.CONV_3X3, Primitive.ZERO);

    @Test
    void valueAndGradientEqualTheSoftmaxFormula() {
        double[][] alpha = {{0.3, 1.2, -0.4, 0.1, 0.0}, {-1.0, 0.5, 0.25, 2.0, -0.3}};
        double w = 0.7;
        SameDiff sd = SameDiff.create();
        for (int l = 0; l < 2; l++) sd.var(Supernet.alpha(l), Nd4j.create(alpha[l], new long[]{1, 5}, DataType.DOUBLE).castTo(DataType.FLOAT));
        SDVariable p = FreeOpPenalty.attach(sd, OPS, 2, w);
        sd.setLossVariables(p);
        double expected = 0;
        double[][] grad = new double[2][5];
        for (int l = 0; l < 2; l++) {
            double[] s = softmax(alpha[l]);
            double free = s[1] + s[2];                      // skip and max pool; zero and the convolutions are not free
            expected += w / 2 * free;
            for (int j = 0; j < 5; j++) grad[l][j] = w / 2 * s[j] * ((j == 1 || j == 2 ? 1 : 0) - free);
        }
        assertEquals(expected, p.eval().getDouble(0), 1e-6);
        Map<String, INDArray> g = sd.calculateGradients(Map.of(), Supernet.alpha(0), Supernet.alpha(1));
        for (int l = 0; l < 2; l++)
            for (int j = 0; j < 5; j++) assertEquals(grad[l][j], g.get(Supernet.alpha(l)).getDouble(0, j), 1e-6, "layer " + l + " op " + j);
    }

    @Test
    void offOrWithoutFreeOpsItIsZero() {
        SameDiff sd = SameDiff.create();
        sd.var(Supernet.alpha(0), Nd4j.create(new float[]{1, 2}, new long[]{1, 2}, 'c'));
        assertEquals(0, FreeOpPenalty.attach(sd, List.of(Primitive.DW_SEP_3X3, Primitive.CONV_3X3), 1, 1.0).eval().getDouble(0));
        SameDiff sd2 = SameDiff.create();
        sd2.var(Supernet.alpha(0), Nd4j.create(new float[]{1, 2}, new long[]{1, 2}, 'c'));
        assertEquals(0, FreeOpPenalty.attach(sd2, List.of(Primitive.SKIP, Primitive.CONV_3X3), 1, 0).eval().getDouble(0));
    }

    private static double[] softmax(double[] a) {
        double max = Double.NEGATIVE_INFINITY, sum = 0;
        for (double v : a) max = Math.max(max, v);
        double[] s = new double[a.length];
        for (int i = 0; i < a.length; i++) sum += s[i] = Math.exp(a[i] - max);
        for (int i = 0; i < a.length; i++) s[i] /= sum;
        return s;
    }
}
