package dev.dartboard.nas.search;

import dev.dartboard.engine.exec.PlannedSession;
import dev.dartboard.engine.ops.NativeThreads;
import dev.dartboard.model.Split;
import dev.dartboard.nas.Supernet;
import dev.dartboard.nas.pareto.InheritedSupernet;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The session a search loop ended with, seen as an {@link InheritedSupernet}: its graph, the γ freeze, and
 * whole-split accuracy in one fixed batch order (epoch 0, the run's seed). Not thread-safe.
 */
final class FinishedSupernet implements InheritedSupernet {
    private final SupernetSession session;
    private final AlignedBatches data;
    private final SearchConfig config;

    FinishedSupernet(SupernetSession session, AlignedBatches data, SearchConfig config) {
        this.session = session;
        this.data = data;
        this.config = config;
    }

    @Override public SameDiff graph() { return session.graph(); }

    @Override public int frozenConfig() { return session.frozen(); }

    @Override public double validationAccuracy() { return accuracy(Split.VALIDATION); }

    @Override public int classes() { return data.classes(); }

    @Override
    public Features features(Split split, int max) {
        NativeThreads.onThisThread();
        PlannedSession runner = session.architect().session();
        Iterator<Map<String, INDArray>> it = data.epoch(split, 0, config.batch(), config.seed(), session::active);
        int n = Math.min(max, data.size(split));
        float[][] x = new float[n][];
        int[] labels = new int[n];
        for (int i = 0; i < n && it.hasNext(); ) {
            Map<String, INDArray> feeds = it.next();
            INDArray gap = runner.outputs(feeds, List.of(Supernet.FEATURES)).get(Supernet.FEATURES);
            int[] y = feeds.get(Supernet.LABEL).argMax(1).toIntVector();
            for (int r = 0; r < y.length && i < n; r++, i++) {
                x[i] = gap.getRow(r).toFloatVector();
                labels[i] = y[r];
            }
            runner.recycle(gap);
            runner.stepDone();
        }
        return new Features(x, labels);
    }

    /**
     * Top-1 accuracy of the supernet on a whole split (forward only, training-mode BN as in the search, planned
     * execution with the search's array pool and its periodic collection); NaN when empty.
     */
    double accuracy(Split split) {
        NativeThreads.onThisThread();
        PlannedSession runner = session.architect().session();
        Iterator<Map<String, INDArray>> it = data.epoch(split, 0, config.batch(), config.seed(), session::active);
        double correct = 0;
        while (it.hasNext()) {
            Map<String, INDArray> feeds = it.next();
            INDArray logits = runner.outputs(feeds, List.of(Supernet.LOGITS)).get(Supernet.LOGITS);
            correct += SearchStep.accuracy(logits, feeds.get(Supernet.LABEL)) * logits.size(0);
            runner.recycle(logits);
            runner.stepDone();
        }
        return data.size(split) == 0 ? Double.NaN : correct / data.size(split);
    }
}
