package dev.dartboard.nas.search;

import dev.dartboard.nas.ops.NativeThreads;
import dev.dartboard.model.Split;
import dev.dartboard.nas.Supernet;
import dev.dartboard.nas.pareto.InheritedSupernet;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Iterator;
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

    /** Top-1 accuracy of the supernet on a whole split (forward only, training-mode BN as in the search, a collection after each batch); NaN when empty. */
    double accuracy(Split split) {
        NativeThreads.onThisThread();
        Iterator<Map<String, INDArray>> it = data.epoch(split, 0, config.batch(), config.seed(), session::active);
        double correct = 0;
        while (it.hasNext()) {
            Map<String, INDArray> feeds = it.next();
            INDArray logits = session.graph().output(feeds, Supernet.LOGITS).get(Supernet.LOGITS);
            correct += SearchStep.accuracy(logits, feeds.get(Supernet.LABEL)) * logits.size(0);
            // each forward leaves ~100 activation buffers that ND4J frees only when their wrappers are collected
            // (STACK-NOTES); the heap stays small, so without this the explorer's passes piled up 1.2 → 1.5+ GB
            System.gc();
        }
        return data.size(split) == 0 ? Double.NaN : correct / data.size(split);
    }
}
