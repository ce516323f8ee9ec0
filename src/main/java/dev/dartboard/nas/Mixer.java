package dev.dartboard.nas;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

/**
 * Softmax-weighted sums as matrix products (docs/stack-notes.md#samediff: a broadcast multiply whose scalar side
 * needs a gradient costs milliseconds in backprop; a [1, n] × [n, N] mmul does not).
 */
final class Mixer {
    private Mixer() {}

    /**
     * Σ_j w_j · terms_j with w = probs · S, S[i][j] = 1 iff mixing weight i feeds term j, so a
     * term may take the mass of several weights (superkernel) and a weight may feed none (ZERO).
     *
     * @param probs  [1, k] mixing weights (a softmax row); its shape is not read (getShape() may be null)
     * @param k      number of mixing weights
     * @param groups groups[j] = the weight indices whose sum scales terms.get(j)
     * @param terms  tensors of one shape (any rank), as many as groups
     * @return the sum, shaped like terms.get(0), named {@code name}
     */
    static SDVariable mix(SameDiff sd, String name, SDVariable probs, int k, int[][] groups, List<SDVariable> terms) {
        if (groups.length != terms.size() || terms.isEmpty())
            throw new IllegalArgumentException("one group per term, at least one term");
        SDVariable w = sd.mmul(name + "/w", probs, sd.constant(name + "/select", selection(k, groups).castTo(probs.dataType())));
        SDVariable stacked = sd.stack(name + "/stack", 0, terms.toArray(new SDVariable[0]));
        SDVariable flat = sd.reshape(name + "/flat", stacked, terms.size(), -1);
        SDVariable sum = sd.mmul(name + "/sum", w, flat);
        return sd.reshape(name, sum, sd.shape(name + "/shape", terms.get(0)));
    }

    /** The [k, n] 0/1 selection matrix of {@link #mix}. */
    static INDArray selection(int k, int[][] groups) {
        INDArray s = Nd4j.zeros(DataType.FLOAT, k, groups.length);
        for (int j = 0; j < groups.length; j++)
            for (int i : groups[j]) s.putScalar(i, j, 1f);
        return s;
    }
}
