package dev.dartboard.train;

import dev.dartboard.data.Batch;
import dev.dartboard.data.BatchIterator;
import dev.dartboard.data.BatchOptions;
import dev.dartboard.data.PreparedData;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.Split;
import dev.dartboard.engine.exec.PlannedSession;
import dev.dartboard.engine.ops.NativeThreads;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Confusion matrices of a network on splits of a {@link PreparedData}: batched through a SameDiff
 * inference graph (fast, used per epoch) or example by example through {@link FloatModelRunner} (the
 * exported model itself). Labels are the data's label set, which must be the model's. Not thread-safe.
 */
public final class Evaluator {
    private static final int BATCH = 256;
    private final PreparedData data;

    public Evaluator(PreparedData data) { this.data = data; }

    /**
     * Inference-graph predictions on the given splits, batch by batch through {@code session} (a planned session of
     * {@code net}'s graph, reused across calls): each batch's arrays go back to its pool and the session's periodic
     * collection runs, so memory stays that of one batch whatever the split's size. SameDiff's own {@code output}
     * left every batch's activations to the collector: validating 2,400 clips in one epoch took peak RSS from 0.44 to
     * 1.8 GB (bench/scale.sh, 24k clips).
     */
    public Confusion of(DiscreteNet net, PlannedSession session, List<Split> splits) {
        Confusion c = new Confusion(data.plan().labels().labels());
        for (Split s : splits) scores(net, session, s).addTo(c);
        return c;
    }

    /** The inference graph's logits on every clip of {@code split}, batch by batch as {@link #of(DiscreteNet, PlannedSession, List)}. */
    public Scores scores(DiscreteNet net, PlannedSession session, Split split) {
        NativeThreads.onThisThread();
        List<Integer> truth = new java.util.ArrayList<>();
        List<float[]> out = new java.util.ArrayList<>();
        for (BatchIterator it = batches(split); it.hasNext(); ) {
            Batch b = it.next();
            INDArray logits = session.outputs(Map.of(DiscreteNet.INPUT, b.features()), List.of(net.logits())).get(net.logits());
            float[][] rows = logits.toFloatMatrix();
            int[] t = b.labels().toIntVector();
            for (int i = 0; i < t.length; i++) {
                truth.add(t[i]);
                out.add(rows[i]);
            }
            session.recycle(logits);
            session.stepDone();
        }
        return new Scores(truth.stream().mapToInt(Integer::intValue).toArray(), out.toArray(new float[0][]));
    }

    /** Exported-model predictions on the given splits. */
    public Confusion of(FloatModel model, List<Split> splits) {
        requireLabels(model);
        Confusion c = new Confusion(model.labels());
        for (Split s : splits) scores(model, s).addTo(c);
        return c;
    }

    /** Per-clip true labels and exported-model logits of a split (clips in the split's batch order). */
    public record Scores(int[] truth, float[][] logits) {
        /** Adds every clip to {@code c} as (true label, largest logit's label). */
        void addTo(Confusion c) {
            for (int i = 0; i < truth.length; i++) c.add(truth[i], argMax(logits[i]));
        }

        /** The share of clips whose largest logit is their label's; NaN without clips. */
        public double accuracy() {
            int hits = 0;
            for (int i = 0; i < truth.length; i++) if (argMax(logits[i]) == truth[i]) hits++;
            return truth.length == 0 ? Double.NaN : (double) hits / truth.length;
        }
    }

    /** The exported model's logits on every clip of {@code split}. */
    public Scores scores(FloatModel model, Split split) {
        requireLabels(model);
        FloatModelRunner runner = new FloatModelRunner(model);
        int len = data.table().rowLength();
        List<Integer> truth = new java.util.ArrayList<>();
        List<float[]> logits = new java.util.ArrayList<>();
        for (BatchIterator it = batches(split); it.hasNext(); ) {
            Batch b = it.next();
            float[] x = b.features().dup('c').data().asFloat();
            int[] t = b.labels().toIntVector();
            for (int i = 0; i < b.size(); i++) {
                truth.add(t[i]);
                logits.add(runner.logits(Arrays.copyOfRange(x, i * len, (i + 1) * len)));
            }
        }
        return new Scores(truth.stream().mapToInt(Integer::intValue).toArray(), logits.toArray(new float[0][]));
    }

    private void requireLabels(FloatModel model) {
        if (!model.labels().equals(data.plan().labels().labels()))
            throw new IllegalArgumentException("model labels " + model.labels() + " ≠ data labels " + data.plan().labels().labels());
    }

    private BatchIterator batches(Split s) {
        return data.batches(s, new BatchOptions(BATCH, BatchOptions.Layout.NHWC, BatchOptions.Labels.INDEX, false, 0), 0);
    }

    static int argMax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
        return best;
    }
}
