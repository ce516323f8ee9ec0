package dev.dartboard.nas;

import dev.dartboard.engine.exec.PlannedSession;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;

import java.util.List;
import java.util.Map;

/**
 * First-order DARTS alternation (darts {@code architect.py}, first-order): a weight step on a
 * train batch (weights only) and an architecture step on a validation batch (α and γ only).
 * Feeds map placeholder names ({@link Supernet#input}, {@link Supernet#LABEL}) to arrays.
 * Not thread-safe; one architect per supernet.
 */
public final class Architect {
    private final PlannedSession gradients;
    private final GroupStep weights;
    private final GroupStep architecture;

    /** Injected updaters, e.g. {@link #defaultWeightUpdater()} and {@link #defaultArchUpdater()}. */
    public Architect(SameDiff supernet, IUpdater weightUpdater, IUpdater archUpdater) {
        this.gradients = new PlannedSession(supernet);
        this.weights = new GroupStep(supernet, gradients, ParamGroups.weights(supernet), weightUpdater);
        this.architecture = new GroupStep(supernet, gradients, ParamGroups.architecture(supernet), archUpdater);
    }

    /** The graph's executor (plans and their array pool), for other passes over the same graph. */
    public PlannedSession session() { return gradients; }

    /** SGD with Nesterov momentum 0.9, learning rate 0.025 (DARTS). */
    public static IUpdater defaultWeightUpdater() { return new Nesterovs(0.025, 0.9); }

    /** Adam 3e-4, β = (0.5, 0.999) (DARTS). */
    public static IUpdater defaultArchUpdater() { return new Adam(3e-4, 0.5, 0.999, 1e-8); }

    /** Weight step; returns the train loss before the step. */
    public double weightStep(Map<String, INDArray> train) { return weights.step(train); }

    /** Architecture step; returns the validation loss before the step. */
    public double architectureStep(Map<String, INDArray> val) { return architecture.step(val); }

    /** Architecture step; returns {@link Supernet#LOSS} and {@code outputs} (e.g. logits, expected costs) before the step. */
    public Map<String, INDArray> architectureStep(Map<String, INDArray> val, List<String> outputs) {
        return architecture.step(val, outputs);
    }

    /**
     * One DARTS iteration, then {@link #iterationDone()}.
     *
     * @return {train loss, validation loss}, both before their steps
     */
    public double[] iterate(Map<String, INDArray> train, Map<String, INDArray> val) {
        double[] losses = {weightStep(train), architectureStep(val)};
        iterationDone();
        return losses;
    }

    /**
     * Call after each iteration: collects garbage periodically (every iteration under SameDiff's own
     * session, whose native buffers only the collector frees; docs/stack-notes.md#samediff), see {@link PlannedSession#stepDone}.
     */
    public void iterationDone() { gradients.stepDone(); }

    /** Copies of both groups' updater states. */
    public UpdaterStates updaterStates() { return new UpdaterStates(weights.states(), architecture.states()); }

    /** Steps taken: {weight steps, architecture steps} (the updaters' iteration counters). */
    public int[] iterations() { return new int[]{weights.iterations(), architecture.iterations()}; }

    /**
     * Restores what {@link #updaterStates()} and {@link #iterations()} returned.
     *
     * @throws IllegalStateException naming each variable whose state is absent or of another size
     */
    public void restore(UpdaterStates states, int[] iterations) {
        weights.restore(states.weights(), iterations[0]);
        architecture.restore(states.architecture(), iterations[1]);
    }
}
