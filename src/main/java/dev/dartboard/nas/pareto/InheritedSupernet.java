package dev.dartboard.nas.pareto;

import dev.dartboard.model.Split;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * A trained supernet as the Pareto explorer sees it once the search loop has ended. Its graph holds the
 * architecture variables {@code L<l>/alpha} [1, k] (op logits of layer l, primitive order) and
 * {@code gamma} [1, n] (data-config logits; [1, 1] once γ froze, the graph then keeping only the frozen
 * config's stem). The explorer may overwrite those arrays in place and must restore them. Single-threaded.
 */
public interface InheritedSupernet {
    /** The live graph (not a copy). */
    SameDiff graph();

    /** The data config γ froze on (the only stem left in the graph), or −1 when every stem is still there. */
    int frozenConfig();

    /**
     * Top-1 accuracy (0..1) on the whole validation split with the graph's current arrays: forward only,
     * batch-statistics BN as in the search (so each sub-network normalizes with its own statistics).
     */
    double validationAccuracy();

    /**
     * The classifier's input (the globally pooled features, {@code gap} [n, C]) and the label of at most {@code max}
     * examples of {@code split} in a fixed order, with the graph's current arrays: forward only, batch-statistics BN
     * as in {@link #validationAccuracy}.
     */
    Features features(Split split, int max);

    /** Number of labels. */
    int classes();

    /** Pooled features [n][C] and labels [n] of n examples. */
    record Features(float[][] x, int[] labels) {
        public Features {
            if (x.length != labels.length) throw new IllegalArgumentException(x.length + " feature rows for " + labels.length + " labels");
        }
    }
}
