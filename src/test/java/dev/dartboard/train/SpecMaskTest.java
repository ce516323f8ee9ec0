package dev.dartboard.train;

import dev.dartboard.data.Batch;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Iterator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpecMaskTest {
    private static final int B = 6, FRAMES = 20, FEATS = 10;

    private static INDArray batch(long seed) {
        Random r = new Random(seed);
        float[] x = new float[B * FRAMES * FEATS];
        for (int i = 0; i < x.length; i++) x[i] = (float) (r.nextGaussian() * 3 - 7);
        return Nd4j.create(x, new long[]{B, FRAMES, FEATS, 1}, 'c');
    }

    @Test
    void masksWholeTimeRowsAndFeatureColumnsWithTheExampleMeanAndNothingElse() {
        INDArray in = batch(3);
        SpecMask m = new SpecMask(2, 5, 2, 3);
        float[] x = in.dup('c').data().asFloat(), y = m.apply(in, new Random(9)).dup('c').data().asFloat();
        int masked = 0;
        for (int b = 0; b < B; b++) {
            int base = b * FRAMES * FEATS;
            double sum = 0;
            for (int k = 0; k < FRAMES * FEATS; k++) sum += x[base + k];
            float mean = (float) (sum / (FRAMES * FEATS));
            boolean[][] changed = new boolean[FRAMES][FEATS];
            for (int t = 0; t < FRAMES; t++)
                for (int f = 0; f < FEATS; f++) {
                    float a = x[base + t * FEATS + f], c = y[base + t * FEATS + f];
                    if (a != c) {
                        assertEquals(mean, c, 0f, "a masked cell holds the example's mean");
                        changed[t][f] = true;
                        masked++;
                    }
                }
            // every changed cell lies in a fully masked row or a fully masked column (of cells not already the mean)
            int fullRows = 0, fullCols = 0;
            boolean[] rowFull = new boolean[FRAMES], colFull = new boolean[FEATS];
            for (int t = 0; t < FRAMES; t++) {
                rowFull[t] = true;
                for (int f = 0; f < FEATS; f++) rowFull[t] &= y[base + t * FEATS + f] == mean;
                if (rowFull[t]) fullRows++;
            }
            for (int f = 0; f < FEATS; f++) {
                colFull[f] = true;
                for (int t = 0; t < FRAMES; t++) colFull[f] &= y[base + t * FEATS + f] == mean;
                if (colFull[f]) fullCols++;
            }
            for (int t = 0; t < FRAMES; t++)
                for (int f = 0; f < FEATS; f++)
                    if (changed[t][f]) assertTrue(rowFull[t] || colFull[f], "cell " + t + "," + f + " of example " + b);
            assertTrue(fullRows <= 2 * 5 && fullCols <= 2 * 3, "at most T·W rows and F·B columns: " + fullRows + ", " + fullCols);
        }
        assertTrue(masked > 0, "something is masked");
    }

    @Test
    void offReturnsTheBatchItselfAndParsingNamesTheAcceptedForms() {
        INDArray in = batch(1);
        assertSame(in, SpecMask.NONE.apply(in, new Random(1)));
        assertEquals(SpecMask.DEFAULT, SpecMask.parse("default"));
        assertEquals(new SpecMask(1, 4, 3, 2), SpecMask.parse(" 1, 4,3,2 "));
        assertEquals("1,4,3,2", SpecMask.parse("1,4,3,2").cliName());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SpecMask.parse("wide"));
        assertTrue(e.getMessage().contains("wide") && e.getMessage().contains("T,W,F,B"), e.getMessage());
    }

    @Test
    void labelSmoothingMovesEpsilonUniformlyAndMasksAreReplayedPerEpoch() {
        int classes = 4;
        float[] onehot = new float[B * classes];
        for (int b = 0; b < B; b++) onehot[b * classes + b % classes] = 1;
        INDArray labels = Nd4j.create(onehot, new long[]{B, classes}, 'c');
        INDArray features = batch(5);
        TrainBatches base = e -> List.of(new Batch(features, labels, new int[B])).iterator();
        TrainConfig cfg = TrainConfig.defaults(1, 7).withMasks(SpecMask.DEFAULT).withLabelSmoothing(0.1);
        TrainBatches reg = TrainBatches.regularized(base, cfg, dev.dartboard.model.DataConfig.defaults());
        Batch out = reg.epoch(2).next();
        for (int b = 0; b < B; b++)
            for (int c = 0; c < classes; c++)
                assertEquals(c == b % classes ? 0.9 + 0.1 / classes : 0.1 / classes, out.labels().getDouble(b, c), 1e-6);
        assertEquals(features.dup('c').data().asFloat().length, out.features().length());
        Iterator<Batch> again = reg.epoch(2);
        assertEquals(out.features(), again.next().features(), "the same epoch masks the same way");
        assertTrue(!out.features().equals(reg.epoch(3).next().features()), "another epoch masks differently");
        assertSame(base, TrainBatches.regularized(base, TrainConfig.defaults(1, 7).withWarp(0), dev.dartboard.model.DataConfig.defaults()),
                "nothing to do without warp, masks and smoothing");
    }
}
