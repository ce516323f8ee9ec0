package dev.dartboard.nas;

import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;

import java.util.Map;

/**
 * First-order DARTS alternation (darts {@code architect.py}, first-order): a weight step on a
 * train batch (weights only) and an architecture step on a validation batch (α and γ only).
 * Feeds map placeholder names ({@link Supernet#input}, {@link Supernet#LABEL}) to arrays.
 * Not thread-safe; one architect per supernet.
 */
public final class Architect {
    private final GroupStep weights;
    private final GroupStep architecture;

    /** Injected updaters, e.g. {@link #defaultWeightUpdater()} and {@link #defaultArchUpdater()}. */
    public Architect(SameDiff supernet, IUpdater weightUpdater, IUpdater archUpdater) {
        this.weights = new GroupStep(supernet, ParamGroups.weights(supernet), weightUpdater);
        this.architecture = new GroupStep(supernet, ParamGroups.architecture(supernet), archUpdater);
    }

    /** SGD with Nesterov momentum 0.9, learning rate 0.025 (DARTS). */
    public static IUpdater defaultWeightUpdater() { return new Nesterovs(0.025, 0.9); }

    /** Adam 3e-4, β = (0.5, 0.999) (DARTS). */
    public static IUpdater defaultArchUpdater() { return new Adam(3e-4, 0.5, 0.999, 1e-8); }

    /** Weight step; returns the train loss before the step. */
    public double weightStep(Map<String, INDArray> train) { return weights.step(train); }

    /** Architecture step; returns the validation loss before the step. */
    public double architectureStep(Map<String, INDArray> val) { return architecture.step(val); }

    /**
     * One DARTS iteration, then {@code System.gc()}: ND4J frees native buffers only when their
     * wrappers are collected; collecting every iteration keeps RSS and page faults flat (STACK-NOTES).
     *
     * @return {train loss, validation loss}, both before their steps
     */
    public double[] iterate(Map<String, INDArray> train, Map<String, INDArray> val) {
        double[] losses = {weightStep(train), architectureStep(val)};
        System.gc();
        return losses;
    }
}
