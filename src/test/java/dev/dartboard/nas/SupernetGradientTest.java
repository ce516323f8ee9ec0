package dev.dartboard.nas;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** d loss / d α, d loss / d γ and some d loss / d w from SameDiff's backprop against central finite differences, in double. */
class SupernetGradientTest {
    private static final double EPS = 1e-5;

    @ParameterizedTest(name = "superkernel={0} partialChannels={1}")
    @CsvSource({"false,1", "true,1", "false,2", "true,2"})
    void architectureGradientsMatchFiniteDifferences(boolean superkernel, int partialChannels) {
        SameDiff sd = Tiny.doubleNet(superkernel, partialChannels, 3);
        Map<String, INDArray> feeds = Tiny.doubleFeeds(superkernel, 5, 6);
        Map<String, INDArray> grads = sd.calculateGradients(feeds, ParamGroups.architecture(sd));
        double largest = 0;
        for (String name : ParamGroups.architecture(sd)) {
            INDArray a = sd.getArrForVarName(name);
            for (int i = 0; i < a.length(); i++) {
                double fd = finiteDifference(sd, feeds, a, i);
                double bp = grads.get(name).getDouble(i);
                assertEquals(fd, bp, 1e-7 + 1e-4 * Math.abs(fd), name + "[" + i + "]");
                largest = Math.max(largest, Math.abs(fd));
            }
        }
        assertTrue(largest > 1e-3, "gradients too small to test anything: " + largest);
    }

    @ParameterizedTest(name = "superkernel={0} partialChannels={1}")
    @CsvSource({"false,1", "true,2"})
    void weightGradientsMatchFiniteDifferences(boolean superkernel, int partialChannels) {
        SameDiff sd = Tiny.doubleNet(superkernel, partialChannels, 3);
        Map<String, INDArray> feeds = Tiny.doubleFeeds(superkernel, 5, 6);
        List<String> names = List.of("stem0/w", "stem1/w", "L0/conv_3x3/u0/w", "fc/w");
        Map<String, INDArray> grads = sd.calculateGradients(feeds, names);
        for (String name : names) {
            INDArray a = sd.getArrForVarName(name);
            for (int i = 0; i < Math.min(6, a.length()); i++)
                assertEquals(finiteDifference(sd, feeds, a, i), grads.get(name).getDouble(i),
                        1e-7 + 1e-4 * Math.abs(grads.get(name).getDouble(i)), name + "[" + i + "]");
        }
    }

    /** The blocks beyond the peer's ops: the inverted residual (its skip add inside the mixed op) and average pooling. */
    @Test
    void everyPrimitivesGradientsMatchFiniteDifferences() {
        SupernetSpec spec = Tiny.everyPrimitive();
        SameDiff sd = Supernet.build(spec, 3, org.nd4j.linalg.api.buffer.DataType.DOUBLE);
        Map<String, INDArray> feeds = new java.util.HashMap<>();
        new dev.dartboard.nas.bench.RandomBatches(5).next(spec, 6).forEach((k, v) -> feeds.put(k, v.castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE)));
        List<String> names = List.of("L1/alpha", "L0/inv_res_3x3/u0/w");
        Map<String, INDArray> grads = sd.calculateGradients(feeds, names);
        for (String name : names) {
            INDArray a = sd.getArrForVarName(name);
            for (int i = 0; i < Math.min(spec.primitives().size(), a.length()); i++)
                assertEquals(finiteDifference(sd, feeds, a, i), grads.get(name).getDouble(i),
                        1e-7 + 1e-4 * Math.abs(grads.get(name).getDouble(i)), name + "[" + i + "]");
        }
    }

    private static double finiteDifference(SameDiff sd, Map<String, INDArray> feeds, INDArray a, int i) {
        double v = a.getDouble(i);
        a.putScalar(i, v + EPS);
        double up = Tiny.loss(sd, feeds);
        a.putScalar(i, v - EPS);
        double down = Tiny.loss(sd, feeds);
        a.putScalar(i, v);
        return (up - down) / (2 * EPS);
    }
}
