package dev.dartboard.nas.pareto;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import dev.dartboard.model.SearchSpace;
import dev.dartboard.model.Split;
import dev.dartboard.nas.Supernet;
import dev.dartboard.nas.SupernetSpec;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** A small untrained supernet over two cheap front ends with fixed random "validation" and "train" splits (one batch each). */
final class HandBuiltSupernet implements InheritedSupernet {
    static final List<DataConfig> CONFIGS = List.of(
            new DataConfig(8000, FeatureType.LOG_MEL, 32, 16, 10, 0, 1000),
            new DataConfig(8000, FeatureType.MFCC, 40, 20, 20, 10, 1000));
    static final SearchSpace SPACE = new SearchSpace(CONFIGS, 4, 2, List.of(2, 4), Set.of(), SupernetSpec.PEER_PRIMITIVES);
    static final int CLASSES = 3, BATCH = 24;
    final SupernetSpec spec = SupernetSpec.of(SPACE, CLASSES, false);
    final SameDiff sd = Supernet.build(spec, 7);
    final Map<String, INDArray> feeds = new HashMap<>(), trainFeeds = new HashMap<>();
    INDArray lastLogits;

    HandBuiltSupernet() {
        Random rnd = new Random(11);
        randomBatch(rnd, feeds);
        for (int l = 0; l < spec.layers(); l++) sd.getArrForVarName(Supernet.alpha(l)).assign(logits(rnd, spec.primitives().size()));
        sd.getArrForVarName(Supernet.GAMMA).assign(logits(rnd, CONFIGS.size()));
        randomBatch(new Random(13), trainFeeds);
    }

    /** A batch of Gaussian inputs for every config and uniformly drawn one-hot labels. */
    private static void randomBatch(Random rnd, Map<String, INDArray> into) {
        for (int i = 0; i < CONFIGS.size(); i++) {
            DataConfig c = CONFIGS.get(i);
            float[] x = new float[BATCH * c.frames() * c.features()];
            for (int j = 0; j < x.length; j++) x[j] = (float) rnd.nextGaussian();
            into.put(Supernet.input(i), Nd4j.create(x, new long[]{BATCH, c.frames(), c.features(), 1}, 'c'));
        }
        float[] hot = new float[BATCH * CLASSES];
        for (int b = 0; b < BATCH; b++) hot[b * CLASSES + rnd.nextInt(CLASSES)] = 1;
        into.put(Supernet.LABEL, Nd4j.create(hot, new long[]{BATCH, CLASSES}, 'c'));
    }

    private static INDArray logits(Random rnd, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) v[i] = (float) rnd.nextGaussian();
        return Nd4j.create(v, new long[]{1, n}, 'c');
    }

    /** softmax of variable {@code name} [1, n]. */
    double[] softmax(String name) {
        double[] v = sd.getArrForVarName(name).dup().castTo(DataType.DOUBLE).data().asDouble();
        double sum = 0;
        for (int i = 0; i < v.length; i++) sum += v[i] = Math.exp(v[i]);
        for (int i = 0; i < v.length; i++) v[i] /= sum;
        return v;
    }

    double[][] alphas() {
        double[][] a = new double[spec.layers()][];
        for (int l = 0; l < a.length; l++) a[l] = softmax(Supernet.alpha(l));
        return a;
    }

    @Override public SameDiff graph() { return sd; }

    @Override public int frozenConfig() { return -1; }

    @Override public int classes() { return CLASSES; }

    /** The pooled features of {@code split}'s batch (train or validation) with the current arrays. */
    INDArray pooled(Split split) {
        return sd.output(batch(split), Supernet.FEATURES).get(Supernet.FEATURES).dup();
    }

    Map<String, INDArray> batch(Split split) { return split == Split.TRAIN ? trainFeeds : feeds; }

    @Override public Features features(Split split, int max) {
        INDArray gap = pooled(split);
        int[] y = batch(split).get(Supernet.LABEL).argMax(1).toIntVector();
        int n = Math.min(max, y.length);
        float[][] x = new float[n][];
        for (int i = 0; i < n; i++) x[i] = gap.getRow(i).toFloatVector();
        return new Features(x, java.util.Arrays.copyOf(y, n));
    }

    @Override public double validationAccuracy() {
        lastLogits = sd.output(feeds, Supernet.LOGITS).get(Supernet.LOGITS).dup();
        INDArray hit = lastLogits.argMax(1).eq(feeds.get(Supernet.LABEL).argMax(1)).castTo(DataType.DOUBLE);
        return hit.sumNumber().doubleValue() / BATCH;
    }
}
