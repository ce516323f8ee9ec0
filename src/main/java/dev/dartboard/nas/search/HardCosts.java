package dev.dartboard.nas.search;

import dev.dartboard.nas.cost.Costs;

/**
 * Exact costs of the network the search currently points at (argmax of softmax(α) per layer and of
 * γ), e.g. {@code Decoder::argmaxCosts}. Must be deterministic and cheap (called once per architecture step).
 */
@FunctionalInterface
public interface HardCosts {
    /** @param alphas softmax(α) per layer; @param gamma softmax(γ) (the frozen one once γ froze) */
    Costs of(double[][] alphas, double[] gamma);
}
