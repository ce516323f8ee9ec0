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

/** ReLU forward and its relu_bp backward against max(x, 0) and the step function, element by element. */
class ReluOpTest {
    @Test
    void valuesAndGradientAreMaxAndStep() {
        Nd4j.getRandom().setSeed(5);
        INDArray x = Nd4j.randn(DataType.FLOAT, 8, 7, 3, 6), dy = Nd4j.randn(DataType.FLOAT, 8, 7, 3, 6);
        SameDiff sd = SameDiff.create();
        SDVariable y = ReluOp.apply(sd, "relu", sd.var("x", x.dup()));
        y.mul(sd.constant(dy)).sum().rename("loss");
        sd.setLossVariables("loss");
        OutAndGrad r = sd.calculateGradientsAndOutputs(Map.of(), List.of("relu"), List.of("x"));
        float[] xs = x.data().asFloat(), g = dy.data().asFloat();
        float[] out = r.getOutputs().get("relu").data().asFloat(), dx = r.getGradients().get("x").data().asFloat();
        for (int i = 0; i < xs.length; i++) {
            assertEquals(Math.max(xs[i], 0f), out[i], 0f, "y at " + i);
            assertEquals(xs[i] > 0 ? g[i] : 0f, dx[i], 0f, "dx at " + i);
        }
    }
}
