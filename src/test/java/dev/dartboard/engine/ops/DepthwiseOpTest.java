package dev.dartboard.engine.ops;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The depthwise "same" convolution's output and both gradients (flipped-kernel convolution for the
 * input, one tall-kernel convolution for the kernel) against direct sums in doubles: at a small
 * shape with odd sizes, and at the supernet's activation size where oneDNN runs.
 */
class DepthwiseOpTest {

    @ParameterizedTest(name = "B={0} H={1} W={2} C={3} k={4}")
    @CsvSource({"3, 7, 4, 5, 5", "3, 7, 4, 5, 3", "2, 3, 2, 3, 5", "16, 25, 5, 32, 5"})
    void outputAndGradientsMatchDirectSums(int b, int h, int w, int c, int k) {
        Nd4j.getRandom().setSeed(7L * k + h);
        INDArray x = Nd4j.randn(DataType.FLOAT, b, h, w, c);
        INDArray kernel = Nd4j.randn(DataType.FLOAT, k, k, c, 1);
        INDArray g = Nd4j.randn(DataType.FLOAT, b, h, w, c);
        SameDiff sd = SameDiff.create();
        SDVariable y = DepthwiseOp.same(sd, "dw", sd.var("x", x.dup()), sd.var("k", kernel.dup()), k, w, c);
        y.mul(sd.constant(g)).sum().rename("loss");
        sd.setLossVariables("loss");
        OutAndGrad r = sd.calculateGradientsAndOutputs(Map.of(), List.of("dw"), List.of("x", "k"));

        double[] xs = doubles(x), ks = doubles(kernel), gs = doubles(g);
        double[] wantY = new double[xs.length], wantDx = new double[xs.length], wantDk = new double[ks.length];
        int p = k / 2;
        for (int n = 0; n < b; n++)
            for (int row = 0; row < h; row++)
                for (int col = 0; col < w; col++)
                    for (int ch = 0; ch < c; ch++) {
                        int out = ((n * h + row) * w + col) * c + ch;
                        for (int i = 0; i < k; i++)
                            for (int j = 0; j < k; j++) {
                                int r2 = row + i - p, c2 = col + j - p;
                                if (r2 < 0 || r2 >= h || c2 < 0 || c2 >= w) continue;
                                int in = ((n * h + r2) * w + c2) * c + ch, kk = (i * k + j) * c + ch;
                                wantY[out] += xs[in] * ks[kk];
                                wantDx[in] += gs[out] * ks[kk];
                                wantDk[kk] += gs[out] * xs[in];
                            }
                    }
        assertClose(wantY, doubles(r.getOutputs().get("dw")), 1e-4, "output");
        assertClose(wantDx, doubles(r.getGradients().get("x")), 1e-4, "dL/dx");
        assertClose(wantDk, doubles(r.getGradients().get("k")), 1e-4, "dL/dkernel");
        assertArrayEquals(new long[]{k, k, c, 1}, r.getGradients().get("k").shape());
    }

    @Test
    void theGraphCloneKeepsTheOp() {
        SameDiff sd = SameDiff.create();
        SDVariable y = DepthwiseOp.same(sd, "dw", sd.var("x", Nd4j.rand(DataType.FLOAT, 2, 6, 4, 3)),
                sd.var("k", Nd4j.rand(DataType.FLOAT, 5, 5, 3, 1)), 5, 4, 3);
        assertInstanceOf(DepthwiseOp.class, sd.dup().getVariableOutputOp(y.name()));
    }

    @Test
    void evenKernelsAreRefused() {
        SameDiff sd = SameDiff.create();
        assertThrows(IllegalArgumentException.class, () -> DepthwiseOp.same(sd, "dw",
                sd.var("x", Nd4j.rand(DataType.FLOAT, 2, 6, 4, 3)), sd.var("k", Nd4j.rand(DataType.FLOAT, 4, 4, 3, 1)), 4, 4, 3));
    }

    private static double[] doubles(INDArray a) { return a.castTo(DataType.DOUBLE).dup('c').data().asDouble(); }

    /** Largest absolute error relative to the largest reference magnitude (at least 1). */
    private static void assertClose(double[] want, double[] got, double tol, String what) {
        double worst = 0, scale = 1;
        for (double v : want) scale = Math.max(scale, Math.abs(v));
        for (int i = 0; i < want.length; i++) worst = Math.max(worst, Math.abs(want[i] - got[i]));
        assertTrue(worst / scale < tol, what + ": largest error " + worst + " at scale " + scale);
    }
}
