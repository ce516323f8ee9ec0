package dev.dartboard.train;

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

/**
 * Training-mode BN against a hand computation in doubles: the output, the batch statistics, and the
 * gradients of a linear loss with respect to the input, gamma and beta from the textbook BN backward
 * formula dx = gamma·rstd/M · (M·dy − Σdy − x̂·Σ(dy·x̂)).
 */
class BatchNormTest {
    private static final int B = 3, H = 4, W = 2, C = 5, M = B * H * W;

    @Test
    void trainModeMatchesTheTextbookForwardAndBackward() {
        Init init = new Init(11);
        INDArray x = init.normal(2.0, B, H, W, C).addi(0.7);
        INDArray dy = init.normal(1.0, B, H, W, C);
        float[] gamma = {0.5f, 1.5f, -1f, 2f, 1f}, beta = {0.1f, -0.2f, 0.3f, 0f, 1f};
        SameDiff sd = SameDiff.create();
        SDVariable in = sd.var("x", x.dup());
        BatchNorm bn = new BatchNorm(sd, NetMode.TRAIN);
        SDVariable y = bn.apply("bn", in, C);
        sd.getVariable("bn/gamma").setArray(Nd4j.create(gamma));
        sd.getVariable("bn/beta").setArray(Nd4j.create(beta));
        y.mul(sd.constant(dy)).sum().rename("loss");
        sd.setLossVariables("loss");
        OutAndGrad r = sd.calculateGradientsAndOutputs(Map.of(), List.of("bn/out", "bn/batch_mean", "bn/batch_var"),
                List.of("x", "bn/gamma", "bn/beta"));

        for (int c = 0; c < C; c++) {
            double mean = 0, var = 0, sumDy = 0, sumDyXhat = 0;
            for (int i = 0; i < M; i++) mean += at(x, i, c) / M;
            for (int i = 0; i < M; i++) var += Math.pow(at(x, i, c) - mean, 2) / M;
            double rstd = 1 / Math.sqrt(var + BatchNorm.EPS);
            for (int i = 0; i < M; i++) {
                double xhat = (at(x, i, c) - mean) * rstd;
                sumDy += at(dy, i, c);
                sumDyXhat += at(dy, i, c) * xhat;
                assertEquals(xhat * gamma[c] + beta[c], at(r.getOutputs().get("bn/out"), i, c), 1e-4, "y");
            }
            assertEquals(mean, r.getOutputs().get("bn/batch_mean").getDouble(c), 1e-5, "batch mean");
            assertEquals(var, r.getOutputs().get("bn/batch_var").getDouble(c), 1e-4, "biased batch variance");
            assertEquals(sumDyXhat, r.getGradients().get("bn/gamma").getDouble(c), 1e-3, "dgamma");
            assertEquals(sumDy, r.getGradients().get("bn/beta").getDouble(c), 1e-4, "dbeta");
            for (int i = 0; i < M; i++) {
                double xhat = (at(x, i, c) - mean) * rstd;
                double dx = gamma[c] * rstd / M * (M * at(dy, i, c) - sumDy - xhat * sumDyXhat);
                assertEquals(dx, at(r.getGradients().get("x"), i, c), 1e-4, "dx at row " + i + ", channel " + c);
            }
        }
    }

    /** Element {@code (row, channel)} of an NHWC array seen as [B·H·W, C]. */
    private static double at(INDArray a, int row, int channel) {
        return a.castTo(DataType.DOUBLE).reshape(M, C).getDouble(row, channel);
    }
}
