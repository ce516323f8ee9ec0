package dev.dartboard.nas.search;

import dev.dartboard.nas.ExpectedCosts;

/**
 * How a search runs (darts {@code train_search.py} arguments). Weights: SGD with Nesterov momentum
 * ({@code sgd}) or Adam ({@code adam}), a cosine learning rate from {@code lrMax} to {@code lrMin} over
 * all weight steps. Architecture
 * (α, γ): Adam at {@code archLr}, β = (0.5, 0.999), from epoch {@code warmupEpochs} on.
 *
 * @param epochs          passes over the train split (≥ 1)
 * @param warmupEpochs    epochs of weight steps only, before α and γ move (0 ≤ w ≤ epochs)
 * @param batch           examples per step (train and validation)
 * @param lrMax           weight learning rate at step 0
 * @param lrMin           weight learning rate at the last step
 * @param momentum        Nesterov momentum of the weight steps
 * @param archLr          Adam learning rate of α and γ
 * @param lambdas         weights of the SRAM, flash and latency penalties
 * @param tau             smooth-max temperature of peak SRAM, as a share of the SRAM budget
 * @param seed            seeds weights and batch order; same seed + data + thread count → same run
 * @param threads         native threads for ND4J (0 = its default)
 * @param partialChannels PC-DARTS K (1 = off; must divide the supernet width)
 * @param superkernel     fold dw-sep 3x3/5x5 into one superkernel (faster)
 * @param weightOptimizer {@code sgd} (Nesterov, {@code momentum}) or {@code adam}; null reads as {@code sgd}
 *                        (search.json files written before the option)
 * @param freeOpPenalty   weight of the parameter-free-op regulariser: the mean over layers of softmax(α)'s mass on
 *                        skip and the two poolings is added to the architecture loss times this weight, against
 *                        DARTS' collapse onto parameter-free ops ({@link dev.dartboard.nas.FreeOpPenalty}); 0 = off
 *                        (and in search.json files written before the option)
 */
public record SearchConfig(int epochs, int warmupEpochs, int batch, double lrMax, double lrMin, double momentum,
                           double archLr, ExpectedCosts.Lambdas lambdas, double tau, long seed, int threads,
                           int partialChannels, boolean superkernel, String weightOptimizer, double freeOpPenalty) {
    /** A config without the parameter-free-op regulariser. */
    public SearchConfig(int epochs, int warmupEpochs, int batch, double lrMax, double lrMin, double momentum,
                        double archLr, ExpectedCosts.Lambdas lambdas, double tau, long seed, int threads,
                        int partialChannels, boolean superkernel, String weightOptimizer) {
        this(epochs, warmupEpochs, batch, lrMax, lrMin, momentum, archLr, lambdas, tau, seed, threads, partialChannels,
                superkernel, weightOptimizer, 0);
    }

    public static final String SGD = "sgd", ADAM = "adam";
    /** Default weight learning rates at step 0 (cosine to 1/25 of it). */
    public static final double SGD_LR = 0.025, ADAM_LR = 0.005;

    public SearchConfig {
        if (weightOptimizer == null) weightOptimizer = SGD;
        if (!weightOptimizer.equals(SGD) && !weightOptimizer.equals(ADAM))
            throw new IllegalArgumentException("weight optimizer must be sgd or adam: " + weightOptimizer);
        if (epochs < 1 || warmupEpochs < 0 || warmupEpochs > epochs || batch < 1)
            throw new IllegalArgumentException("need epochs ≥ 1, 0 ≤ warm-up ≤ epochs, batch ≥ 1");
        if (!(lrMax > 0) || lrMin < 0 || !(archLr > 0) || !(tau > 0) || threads < 0 || partialChannels < 1)
            throw new IllegalArgumentException("learning rates, τ and K must be positive");
        if (!(freeOpPenalty >= 0)) throw new IllegalArgumentException("the parameter-free-op penalty must be ≥ 0: " + freeOpPenalty);
    }

    /** 4 epochs, 1 of warm-up, batch 64, lr 0.025 → 0.001, momentum 0.9, α/γ Adam 0.05, λ = 5 each, τ 0.01. */
    public static SearchConfig defaults(long seed) {
        return new SearchConfig(4, 1, 64, 0.025, 0.001, 0.9, 0.05, new ExpectedCosts.Lambdas(5, 5, 5), 0.01, seed, 0, 1, false, SGD, 0);
    }

    public SearchConfig withEpochs(int epochs, int warmup) {
        return new SearchConfig(epochs, warmup, batch, lrMax, lrMin, momentum, archLr, lambdas, tau, seed, threads, partialChannels, superkernel, weightOptimizer, freeOpPenalty);
    }

    public SearchConfig withBatch(int batch) {
        return new SearchConfig(epochs, warmupEpochs, batch, lrMax, lrMin, momentum, archLr, lambdas, tau, seed, threads, partialChannels, superkernel, weightOptimizer, freeOpPenalty);
    }

    public SearchConfig withArchLr(double archLr) {
        return new SearchConfig(epochs, warmupEpochs, batch, lrMax, lrMin, momentum, archLr, lambdas, tau, seed, threads, partialChannels, superkernel, weightOptimizer, freeOpPenalty);
    }

    /** The weight updater this config names, at learning rate {@code lr}. */
    public org.nd4j.linalg.learning.config.IUpdater weightUpdater(org.nd4j.linalg.schedule.ISchedule lr) {
        return ADAM.equals(weightOptimizer) ? new org.nd4j.linalg.learning.config.Adam(lr)
                : new org.nd4j.linalg.learning.config.Nesterovs(lr, momentum);
    }

    /** Weights by {@code optimizer} from {@code lrMax} down to {@code lrMax / 25}. */
    public SearchConfig withWeightOptimizer(String optimizer, double lrMax) {
        return new SearchConfig(epochs, warmupEpochs, batch, lrMax, lrMax / 25, momentum, archLr, lambdas, tau, seed, threads, partialChannels, superkernel, optimizer, freeOpPenalty);
    }

    public SearchConfig withRuntime(int threads, int partialChannels, boolean superkernel) {
        return new SearchConfig(epochs, warmupEpochs, batch, lrMax, lrMin, momentum, archLr, lambdas, tau, seed, threads, partialChannels, superkernel, weightOptimizer, freeOpPenalty);
    }

    public SearchConfig withFreeOpPenalty(double weight) {
        return new SearchConfig(epochs, warmupEpochs, batch, lrMax, lrMin, momentum, archLr, lambdas, tau, seed, threads, partialChannels, superkernel, weightOptimizer, weight);
    }
}
