package dev.dartboard.engine.ops;

import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fused training-mode BN (one batchnorm op forward, one batchnorm_bp backward) against the textbook
 * formulas in doubles, at a supernet-sized activation (oneDNN's path) and through SameDiff's graph clone.
 * (dev.dartboard.train.BatchNormTest covers the learned gamma/beta at a small shape.)
 */
class TrainingBatchNormTest {
    private static final int B = 16, H = 25, W = 5, C = 32, M = B * H * W;

    @Test
    void affineFreeForwardAndBackwardMatchTheTextbook() {
        Nd4j.getRandom().setSeed(3);
        INDArray x = Nd4j.randn(DataType.FLOAT, B, H, W, C).muli(3).addi(1.5);
        INDArray dy = Nd4j.randn(DataType.FLOAT, B, H, W, C);
        SameDiff sd = SameDiff.create();
        SDVariable in = sd.var("x", x.dup());
        SDVariable y = TrainingBatchNorm.affineFree(sd, "bn", in, C);
        y.mul(sd.constant(dy)).sum().rename("loss");
        sd.setLossVariables("loss");
        OutAndGrad r = sd.calculateGradientsAndOutputs(Map.of(), List.of(y.name(), "bn/batch_mean", "bn/batch_var"), List.of("x"));

        double[] xs = x.castTo(DataType.DOUBLE).data().asDouble(), g = dy.castTo(DataType.DOUBLE).data().asDouble();
        double[] out = r.getOutputs().get(y.name()).castTo(DataType.DOUBLE).data().asDouble();
        double[] dx = r.getGradients().get("x").castTo(DataType.DOUBLE).data().asDouble();
        double worstY = 0, worstDx = 0;
        for (int c = 0; c < C; c++) {
            double mean = 0, var = 0, sumG = 0, sumGXhat = 0;
            for (int i = 0; i < M; i++) mean += xs[i * C + c] / M;
            for (int i = 0; i < M; i++) var += Math.pow(xs[i * C + c] - mean, 2) / M;
            double rstd = 1 / Math.sqrt(var + TrainingBatchNorm.EPS);
            for (int i = 0; i < M; i++) {
                double xhat = (xs[i * C + c] - mean) * rstd;
                sumG += g[i * C + c];
                sumGXhat += g[i * C + c] * xhat;
                worstY = Math.max(worstY, Math.abs(xhat - out[i * C + c]));
            }
            assertEquals(mean, r.getOutputs().get("bn/batch_mean").getDouble(c), 1e-4, "batch mean");
            assertEquals(var, r.getOutputs().get("bn/batch_var").getDouble(c), 1e-3 * var, "biased batch variance");
            for (int i = 0; i < M; i++) {
                double xhat = (xs[i * C + c] - mean) * rstd;
                double want = rstd / M * (M * g[i * C + c] - sumG - xhat * sumGXhat);
                worstDx = Math.max(worstDx, Math.abs(want - dx[i * C + c]));
            }
        }
        assertTrue(worstY < 1e-4, "largest |y − x̂| " + worstY);
        assertTrue(worstDx < 1e-5, "largest |dx − textbook| " + worstDx);
    }

    @Test
    void theGraphCloneKeepsTheFusedOps() {
        SameDiff sd = SameDiff.create();
        SDVariable y = TrainingBatchNorm.affineFree(sd, "bn", sd.var("x", Nd4j.rand(DataType.FLOAT, 4, 3, 2, 5)), 5);
        SameDiff clone = sd.dup();
        assertInstanceOf(BatchNormOp.class, clone.getVariableOutputOp(y.name()));
        assertInstanceOf(BatchMomentsOp.class, clone.getVariableOutputOp("bn/batch_mean"));
    }
}
