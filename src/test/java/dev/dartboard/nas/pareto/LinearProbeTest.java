package dev.dartboard.nas.pareto;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The probe against hand-worked cases: separable features, features that carry nothing, no examples. */
class LinearProbeTest {

    @Test
    void separatesClassesThatAFeatureSeparatesWhateverItsScaleAndOffset() {
        // class = which third of [0, 3) the second feature falls in; the first is noise; scale 1e3 and offset 50 on top
        java.util.Random rnd = new java.util.Random(5);
        float[][] train = new float[300][], val = new float[90][];
        int[] ty = new int[train.length], vy = new int[val.length];
        fill(rnd, train, ty);
        fill(rnd, val, vy);
        assertEquals(1.0, LinearProbe.accuracy(train, ty, val, vy, 3), 0.05);
    }

    @Test
    void featuresThatCarryNothingGiveTheMajorityClass() {
        float[][] train = new float[10][], val = new float[4][];
        for (int i = 0; i < train.length; i++) train[i] = new float[]{2f, -1f};
        for (int i = 0; i < val.length; i++) val[i] = new float[]{2f, -1f};
        int[] ty = {1, 1, 1, 1, 1, 1, 0, 0, 2, 2}, vy = {1, 0, 2, 2};
        assertEquals(0.25, LinearProbe.accuracy(train, ty, val, vy, 3), 0.0, "every validation example read as class 1, the train split's most frequent");
    }

    @Test
    void noValidationExamplesIsNaNAndNoTrainingExamplesIsAnError() {
        assertTrue(Double.isNaN(LinearProbe.accuracy(new float[][]{{1f}}, new int[]{0}, new float[0][], new int[0], 2)));
        assertThrows(IllegalArgumentException.class, () -> LinearProbe.accuracy(new float[0][], new int[0], new float[][]{{1f}}, new int[]{0}, 2));
    }

    private static void fill(java.util.Random rnd, float[][] x, int[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] = i % 3;
            double u = y[i] + 0.15 + 0.7 * rnd.nextDouble();
            x[i] = new float[]{(float) rnd.nextGaussian(), (float) (50 + 1e3 * u)};
        }
    }
}
