package dev.dartboard.nas;

import dev.dartboard.engine.exec.PlannedSession;
import dev.dartboard.engine.ops.NativeThreads;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One optimiser step on one group of variables: gradients of the graph's loss variable for that
 * group only ({@code calculateGradients(feeds, names)}), one updater state per variable (a flat
 * [1, stateSize] array, exported and restored for checkpoints), in-place update of the graph's
 * arrays. Variables outside the group are never written. Not thread-safe.
 */
final class GroupStep {
    private final SameDiff sd;
    private final PlannedSession gradients;
    private final List<String> names;
    private final GradientUpdater<?>[] updaters;
    private final INDArray[] states;
    private int iteration;

    /** @param gradients the graph's executor, shared by the groups of one graph (one array pool) */
    GroupStep(SameDiff sd, PlannedSession gradients, List<String> names, IUpdater updater) {
        this.sd = sd;
        this.gradients = gradients;
        this.names = List.copyOf(names);
        this.updaters = new GradientUpdater<?>[names.size()];
        this.states = new INDArray[names.size()];
        for (int i = 0; i < names.size(); i++) {
            long state = updater.stateSize(sd.getArrForVarName(names.get(i)).length());
            states[i] = state == 0 ? null : Nd4j.zeros(DataType.FLOAT, 1, state);
            updaters[i] = updater.clone().instantiate(states[i], true);
        }
    }

    /** Forward + backward on the feeds, then update the group; returns the loss before the update. */
    double step(Map<String, INDArray> feeds) { return step(feeds, List.of()).get(Supernet.LOSS).getDouble(0); }

    /** As {@link #step(Map)}; returns {@link Supernet#LOSS} and the named {@code outputs}, all computed before the update. */
    Map<String, INDArray> step(Map<String, INDArray> feeds, List<String> outputs) {
        NativeThreads.onThisThread();
        List<String> wanted = new ArrayList<>(outputs);
        wanted.add(Supernet.LOSS);
        OutAndGrad r = gradients.gradients(feeds, wanted, names);
        for (int i = 0; i < names.size(); i++) {
            INDArray param = sd.getArrForVarName(names.get(i));
            INDArray grad = r.getGradients().get(names.get(i));   // ours: the updater may overwrite it
            INDArray update = grad.reshape('c', 1, param.length());
            updaters[i].applyUpdater(update, iteration, 0);
            param.subi(update.reshape('c', param.shape()));
            gradients.recycle(grad);
        }
        iteration++;
        return r.getOutputs();
    }

    int iterations() { return iteration; }

    /** Copies of the updater states by variable name (variables with stateless updaters are absent). */
    Map<String, INDArray> states() {
        Map<String, INDArray> m = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) if (states[i] != null) m.put(names.get(i), states[i].dup());
        return m;
    }

    /**
     * Restores states saved by {@link #states()} and the step count; entries for other variables are ignored.
     *
     * @throws IllegalStateException naming every variable of the group whose state is absent or of another size
     *                               (nothing is restored then)
     */
    void restore(Map<String, INDArray> saved, int iterations) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (states[i] == null) continue;
            INDArray s = saved.get(names.get(i));
            if (s == null) problems.add("no updater state for " + names.get(i));
            else if (s.length() != states[i].length())
                problems.add("updater state of " + names.get(i) + " has " + s.length() + " values, not " + states[i].length());
        }
        if (!problems.isEmpty()) throw new IllegalStateException(String.join("; ", problems));
        for (int i = 0; i < names.size(); i++)
            if (states[i] != null) states[i].assign(saved.get(names.get(i)).reshape(states[i].shape()));
        this.iteration = iterations;
    }
}
