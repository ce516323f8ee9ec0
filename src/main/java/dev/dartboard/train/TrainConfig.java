package dev.dartboard.train;

/**
 * Hyper-parameters of one training run.
 *
 * @param epochs        maximum epochs
 * @param batchSize     examples per step
 * @param learningRate  peak learning rate; cosine-annealed per step to 0 over {@code epochs}
 * @param momentum      SGD momentum (β1 for Adam)
 * @param weightDecay   L2 on conv/FC weights ({@code /w} variables), not on BN or biases
 * @param patience      stop after this many epochs without a better validation accuracy (best weights kept)
 * @param maxShift      SHIFT augmentation: each training example moves by up to ± this many frames
 *                      (edge frames repeated); 0 = off
 * @param augment       how training examples vary per epoch ({@link Augment})
 * @param optimizer     SGD (momentum) or ADAM
 * @param seed          weights, batch order and augmentation
 */
public record TrainConfig(int epochs, int batchSize, double learningRate, double momentum, double weightDecay,
                          int patience, int maxShift, Augment augment, Optimizer.Kind optimizer, long seed) {
    public TrainConfig {
        if (epochs < 1 || batchSize < 1 || patience < 1) throw new IllegalArgumentException("epochs, batch and patience must be ≥ 1");
        if (learningRate <= 0 || maxShift < 0) throw new IllegalArgumentException("learning rate > 0 and shift ≥ 0 required");
        if (augment == null || optimizer == null) throw new IllegalArgumentException("augmentation and optimizer are required");
    }

    /**
     * Adam (β1 0.9) at lr 0.005, wd 1e-4, batch 64, patience 8, SHIFT ±5 frames. Adam won clearly over SGD
     * momentum (lr 0.05) for DS-CNN-S on a held-out-voices set at equal epochs; audio augmentation did not beat
     * shift-only there (docs/training-measurements.md).
     */
    public static TrainConfig defaults(int epochs, long seed) {
        return new TrainConfig(epochs, 64, 0.005, 0.9, 1e-4, 8, 5, Augment.SHIFT, Optimizer.Kind.ADAM, seed);
    }

    public TrainConfig withBatch(int batch) {
        return new TrainConfig(epochs, batch, learningRate, momentum, weightDecay, patience, maxShift, augment, optimizer, seed);
    }

    public TrainConfig withEpochs(int n) {
        return new TrainConfig(n, batchSize, learningRate, momentum, weightDecay, patience, maxShift, augment, optimizer, seed);
    }

    public TrainConfig withPatience(int n) {
        return new TrainConfig(epochs, batchSize, learningRate, momentum, weightDecay, n, maxShift, augment, optimizer, seed);
    }

    public TrainConfig withAugment(Augment a) {
        return new TrainConfig(epochs, batchSize, learningRate, momentum, weightDecay, patience, maxShift, a, optimizer, seed);
    }

    public TrainConfig withOptimizer(Optimizer.Kind kind, double lr) {
        return new TrainConfig(epochs, batchSize, lr, momentum, weightDecay, patience, maxShift, augment, kind, seed);
    }

    /** Cosine learning rate at step {@code t} of {@code total}. */
    public double learningRateAt(long t, long total) {
        return 0.5 * learningRate * (1 + Math.cos(Math.PI * Math.min(t, total) / Math.max(1, total)));
    }
}
