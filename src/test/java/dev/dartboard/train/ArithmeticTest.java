package dev.dartboard.train;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.FloatOp.Activation;
import dev.dartboard.model.FloatOp.Kind;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.FeatureType;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Hand-computed references: BN folding, optimiser steps, the confusion matrix, time shift. */
class ArithmeticTest {
    @Test
    void bnFoldsIntoAOneChannelConvAsComputedByHand() {
        // w = 2, gamma = 3, beta = 1, mean = 0.5, var + eps = 0.25 → s = 3 / 0.5 = 6: w' = 12, b' = (0 − 0.5)·6 + 1 = −2.
        Unit conv = new Unit(Kind.CONV_2D, new int[]{-1}, 1, 1, 1, 1, 1, 1, Activation.RELU, "w", "bn", null);
        Unit mean = new Unit(Kind.MEAN, new int[]{0}, 1, 1, 1, 1, 1, 1, Activation.NONE, null, null, null);
        Unit fc = new Unit(Kind.FULLY_CONNECTED, new int[]{1}, 1, 1, 1, 1, 1, 1, Activation.NONE, "fw", null, "fb");
        Map<String, INDArray> v = Map.of("w", Nd4j.create(new float[]{2f}, 1, 1, 1, 1), "bn/gamma", s(3), "bn/beta", s(1),
                "bn/mean", s(0.5f), "bn/var", s((float) (0.25 - BatchNorm.EPS)), "fw", Nd4j.create(new float[]{1f}, 1, 1), "fb", s(0));
        DataConfig cfg = new DataConfig(16000, FeatureType.LOG_MEL, 1000, 1000, 1, 0, 1000); // one frame of one bin
        Genotype g = new Genotype("one", cfg, new Genotype.Stem(1, 1, 1, 1, 1), List.of());
        FloatModel m = FloatExport.export(g, List.of("x"), List.of(conv, mean, fc), v);
        assertEquals(12f, m.ops().get(0).weights()[0], 1e-4f);
        assertEquals(-2f, m.ops().get(0).bias()[0], 1e-4f);
        assertEquals(16f, new FloatModelRunner(m).logits(new float[]{1.5f})[0], 1e-4f, "12 · 1.5 − 2");
        assertEquals(0f, new FloatModelRunner(m).logits(new float[]{0.1f})[0], 0f, "fused ReLU clips 1.2 − 2");
    }

    @Test
    void sgdMomentumAndAdamStepAsComputedByHand() {
        Optimizer sgd = new Optimizer(Optimizer.Kind.SGD, 0.9, 0);
        INDArray p = s(1f);
        sgd.step("a/w", p, s(0.5f), 0.1); // v = 0.5, p = 0.95
        sgd.step("a/w", p, s(0.5f), 0.1); // v = 0.95, p = 0.855
        assertEquals(0.855f, p.getFloat(0), 1e-6f);
        Optimizer adam = new Optimizer(Optimizer.Kind.ADAM, 0.9, 0);
        INDArray q = s(1f);
        adam.step("b/w", q, s(-3f), 0.01); // first Adam step moves by lr · sign(g)
        assertEquals(1.01f, q.getFloat(0), 1e-6f);
        Optimizer decay = new Optimizer(Optimizer.Kind.SGD, 0, 0.5);
        INDArray w = s(2f), gamma = s(2f);
        decay.step("c/w", w, s(0f), 0.1);        // g = 0 + 0.5·2 → 2 − 0.1 = 1.9
        decay.step("c/gamma", gamma, s(0f), 0.1); // no decay on BN parameters
        assertEquals(1.9f, w.getFloat(0), 1e-6f);
        assertEquals(2f, gamma.getFloat(0), 0f);
    }

    @Test
    void confusionCountsPrecisionAndRecall() {
        Confusion c = new Confusion(List.of("a", "b", "c"));
        int[][] pairs = {{0, 0}, {0, 0}, {0, 1}, {1, 1}, {1, 1}, {1, 1}, {2, 0}};
        for (int[] p : pairs) c.add(p[0], p[1]);
        assertEquals(7, c.n());
        assertEquals(5.0 / 7, c.accuracy(), 1e-12);
        assertEquals(2.0 / 3, c.precision(0), 1e-12); // column a: 2 right of 3
        assertEquals(2.0 / 3, c.recall(0), 1e-12);
        assertEquals(3.0 / 4, c.precision(1), 1e-12);
        assertEquals(1.0, c.recall(1), 1e-12);
        assertEquals(0.0, c.precision(2), 0);
        assertEquals(0.0, c.recall(2), 0);
        assertArrayEquals(new int[]{1, 0, 0}, c.counts()[2]);
    }

    @Test
    void timeShiftMovesFramesAndRepeatsTheEdge() {
        float[] x = {1, 10, 2, 20, 3, 30}; // 3 frames × 2 features
        INDArray batch = Nd4j.create(x, new long[]{1, 3, 2, 1}, 'c');
        TimeShift shift = new TimeShift(1, 4);
        List<List<Float>> allowed = List.of(List.of(1f, 10f, 1f, 10f, 2f, 20f), List.of(1f, 10f, 2f, 20f, 3f, 30f),
                List.of(2f, 20f, 3f, 30f, 3f, 30f)); // d = +1, 0, −1
        boolean[] seen = new boolean[3];
        for (int i = 0; i < 30; i++) {
            float[] y = shift.apply(batch).data().asFloat();
            List<Float> ys = new java.util.ArrayList<>();
            for (float f : y) ys.add(f);
            int k = allowed.indexOf(ys);
            assertEquals(true, k >= 0, "unexpected shift " + ys);
            seen[k] = true;
        }
        assertArrayEquals(new boolean[]{true, true, true}, seen, "all three shifts drawn");
    }

    private static INDArray s(float v) { return Nd4j.createFromArray(new float[]{v}); }
}
