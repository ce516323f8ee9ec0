package dev.dartboard.nas;

import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;

import java.util.List;
import java.util.Map;

/**
 * One optimiser step on one group of variables: gradients of the loss for that group only
 * ({@code calculateGradients(feeds, names)}), one updater state per variable, in-place update
 * of the graph's arrays. Variables outside the group are never written. Not thread-safe.
 */
final class GroupStep {
    private final SameDiff sd;
    private final List<String> names;
    private final GradientUpdater<?>[] updaters;
    private int iteration;

    GroupStep(SameDiff sd, List<String> names, IUpdater updater) {
        this.sd = sd;
        this.names = List.copyOf(names);
        this.updaters = new GradientUpdater<?>[names.size()];
        for (int i = 0; i < names.size(); i++) {
            long state = updater.stateSize(sd.getArrForVarName(names.get(i)).length());
            updaters[i] = updater.clone().instantiate(state == 0 ? null : Nd4j.zeros(DataType.FLOAT, 1, state), true);
        }
    }

    /** Forward + backward on the feeds, then update the group; returns the loss before the update. */
    double step(Map<String, INDArray> feeds) {
        OutAndGrad r = sd.calculateGradientsAndOutputs(feeds, List.of(Supernet.LOSS), names);
        for (int i = 0; i < names.size(); i++) {
            INDArray param = sd.getArrForVarName(names.get(i));
            INDArray update = r.getGradients().get(names.get(i)).dup('c').reshape('c', 1, param.length());
            updaters[i].applyUpdater(update, iteration, 0);
            param.subi(update.reshape('c', param.shape()));
        }
        iteration++;
        return r.getOutputs().get(Supernet.LOSS).getDouble(0);
    }

    int iterations() { return iteration; }
}
