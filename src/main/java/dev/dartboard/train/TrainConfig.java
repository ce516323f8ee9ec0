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
 * @param emaDecay      0: the model evaluated (and kept) is the trained weights as they are; in (0, 1): an
 *                      exponential moving average of them, updated after every step with decay
 *                      min(emaDecay, (1 + t) / (10 + t)) at step t (TensorFlow's ExponentialMovingAverage
 *                      with num_updates)
 * @param masks         SpecAugment-style time/frequency masks on every training batch ({@link SpecMask}), after
 *                      the augmentation of {@code augment}
 * @param labelSmoothing ε of label smoothing: training targets are (1 − ε)·one-hot + ε / classes (0 = off)
 * @param warp          vocal tract length perturbation on the cached features ({@link FrequencyWarp}): each training
 *                      example's frequency axis stretched by a factor in [1 − warp, 1 + warp] (0 = off)
 * @param averageLast   keep the mean of the weights at the end of the last this many epochs (0 = off)
 * @param chooseByDetection the epoch kept is judged by the validation detection score instead of accuracy
 * @param bestOf        independent trainings of the network ({@link #trainingSeed seeds} differ, the data does not); the
 *                      one whose kept epoch scores best on validation is the run's model ({@link BestOf}); 1 = one training
 */
public record TrainConfig(int epochs, int batchSize, double learningRate, double momentum, double weightDecay,
                          int patience, int maxShift, Augment augment, Optimizer.Kind optimizer, long seed, double emaDecay,
                          SpecMask masks, double labelSmoothing, double warp, int averageLast,
                          boolean chooseByDetection, int bestOf) {
    /** A config without masks and label smoothing. */
    public TrainConfig(int epochs, int batchSize, double learningRate, double momentum, double weightDecay,
                       int patience, int maxShift, Augment augment, Optimizer.Kind optimizer, long seed, double emaDecay) {
        this(epochs, batchSize, learningRate, momentum, weightDecay, patience, maxShift, augment, optimizer, seed,
                emaDecay, SpecMask.NONE, 0, 0, 0, false, 1);
    }

    /** A config without weight averaging over the last epochs. */
    public TrainConfig(int epochs, int batchSize, double learningRate, double momentum, double weightDecay,
                       int patience, int maxShift, Augment augment, Optimizer.Kind optimizer, long seed, double emaDecay,
                       SpecMask masks, double labelSmoothing, double warp) {
        this(epochs, batchSize, learningRate, momentum, weightDecay, patience, maxShift, augment, optimizer, seed,
                emaDecay, masks, labelSmoothing, warp, 0, false, 1);
    }

    public TrainConfig {
        if (masks == null) masks = SpecMask.NONE;
        if (!(warp >= 0 && warp < 0.5)) throw new IllegalArgumentException("frequency warp must be in [0, 0.5): " + warp);
        if (!(labelSmoothing >= 0 && labelSmoothing < 1)) throw new IllegalArgumentException("label smoothing must be in [0, 1): " + labelSmoothing);
        if (epochs < 1 || batchSize < 1 || patience < 1) throw new IllegalArgumentException("epochs, batch and patience must be ≥ 1");
        if (!(emaDecay >= 0 && emaDecay < 1)) throw new IllegalArgumentException("EMA decay must be in [0, 1): " + emaDecay);
        if (learningRate <= 0 || maxShift < 0) throw new IllegalArgumentException("learning rate > 0 and shift ≥ 0 required");
        if (augment == null || optimizer == null) throw new IllegalArgumentException("augmentation and optimizer are required");
        if (averageLast < 0 || averageLast > epochs)
            throw new IllegalArgumentException("epochs to average must be in 0.." + epochs + " (the epochs trained): " + averageLast);
        if (bestOf < 1 || bestOf > MAX_BEST_OF)
            throw new IllegalArgumentException("best-of must be 1.." + MAX_BEST_OF + " trainings: " + bestOf);
        if (averageLast > 0 && emaDecay > 0) throw new IllegalArgumentException("average the last epochs or keep an EMA, not both");
    }

    /**
     * Adam (β1 0.9) at lr 0.005, wd 1e-4, batch 64, patience 8, SHIFT ±5 frames. Adam won clearly over SGD
     * momentum (lr 0.05) for DS-CNN-S on a held-out-voices set at equal epochs; audio augmentation did not beat
     * shift-only there (docs/training-measurements.md). Vocal tract length perturbation ±{@value #DEFAULT_WARP}:
     * on held-out voice families it raised DS-CNN-S from 88.6% to 90.8% (mean of three seeds) and its rejection of
     * other words from 72% to 82% (docs/generalisation.md).
     */
    public static TrainConfig defaults(int epochs, long seed) {
        return new TrainConfig(epochs, 64, 0.005, 0.9, 1e-4, 8, 5, Augment.SHIFT, Optimizer.Kind.ADAM, seed, 0)
                .withWarp(DEFAULT_WARP);
    }

    /** The default {@link #warp()}: factors 0.9 … 1.1. */
    public static final double DEFAULT_WARP = 0.1;

    public TrainConfig withBatch(int batch) {
        return new TrainConfig(epochs, batch, learningRate, momentum, weightDecay, patience, maxShift, augment, optimizer, seed, emaDecay, masks, labelSmoothing, warp, averageLast, chooseByDetection, bestOf);
    }

    /** This config for {@code n} epochs; the epochs averaged ({@link #averageLast()}) shrink to at most {@code n}. */
    public TrainConfig withEpochs(int n) {
        return new TrainConfig(n, batchSize, learningRate, momentum, weightDecay, patience, maxShift, augment, optimizer, seed, emaDecay, masks, labelSmoothing, warp, Math.min(averageLast, n), chooseByDetection, bestOf);
    }

    public TrainConfig withPatience(int n) {
        return new TrainConfig(epochs, batchSize, learningRate, momentum, weightDecay, n, maxShift, augment, optimizer, seed, emaDecay, masks, labelSmoothing, warp, averageLast, chooseByDetection, bestOf);
    }

    public TrainConfig withAugment(Augment a) {
        return new TrainConfig(epochs, batchSize, learningRate, momentum, weightDecay, patience, maxShift, a, optimizer, seed, emaDecay, masks, labelSmoothing, warp, averageLast, chooseByDetection, bestOf);
    }

    public TrainConfig withOptimizer(Optimizer.Kind kind, double lr) {
        return new TrainConfig(epochs, batchSize, lr, momentum, weightDecay, patience, maxShift, augment, kind, seed, emaDecay, masks, labelSmoothing, warp, averageLast, chooseByDetection, bestOf);
    }

    public TrainConfig withEma(double decay) {
        return new TrainConfig(epochs, batchSize, learningRate, momentum, weightDecay, patience, maxShift, augment, optimizer, seed, decay, masks, labelSmoothing, warp, averageLast, chooseByDetection, bestOf);
    }

    public TrainConfig withMasks(SpecMask m) {
        return new TrainConfig(epochs, batchSize, learningRate, momentum, weightDecay, patience, maxShift, augment, optimizer, seed, emaDecay, m, labelSmoothing, warp, averageLast, chooseByDetection, bestOf);
    }

    public TrainConfig withLabelSmoothing(double eps) {
        return new TrainConfig(epochs, batchSize, learningRate, momentum, weightDecay, patience, maxShift, augment, optimizer, seed, emaDecay, masks, eps, warp, averageLast, chooseByDetection, bestOf);
    }

    public TrainConfig withWarp(double w) {
        return new TrainConfig(epochs, batchSize, learningRate, momentum, weightDecay, patience, maxShift, augment, optimizer, seed, emaDecay, masks, labelSmoothing, w, averageLast, chooseByDetection, bestOf);
    }

    /**
     * Keeps the average of the weights (and BN statistics) at the end of each of the last {@code n} epochs instead of
     * the best epoch's, training every epoch (no early stop); 0: off.
     */
    public TrainConfig withAverageLast(int n) {
        return new TrainConfig(epochs, batchSize, learningRate, momentum, weightDecay, patience, maxShift, augment, optimizer, seed, emaDecay, masks, labelSmoothing, warp, n, chooseByDetection, bestOf);
    }

    /**
     * Chooses the epoch kept (and early-stops) by the validation split's detection score at its best operating point
     * ({@link OperatingPoint#score}) instead of its accuracy at bias 0: for a detector whose operating point is chosen
     * afterwards, the accuracy at bias 0 mostly measures where the reject threshold happens to lie that epoch.
     */
    public TrainConfig withChooseByDetection(boolean on) {
        return new TrainConfig(epochs, batchSize, learningRate, momentum, weightDecay, patience, maxShift, augment, optimizer, seed, emaDecay, masks, labelSmoothing, warp, averageLast, on, bestOf);
    }

    /**
     * Trains the network {@code k} times with different seeds and keeps the training whose kept epoch scores best on the
     * validation split ({@link BestOf}); 1: once.
     */
    public TrainConfig withBestOf(int k) {
        return new TrainConfig(epochs, batchSize, learningRate, momentum, weightDecay, patience, maxShift, augment, optimizer, seed, emaDecay, masks, labelSmoothing, warp, averageLast, chooseByDetection, k);
    }

    /** The most trainings {@link #bestOf()} allows. */
    public static final int MAX_BEST_OF = 10;

    /**
     * The seed of training {@code k} (0-based) of {@link #bestOf()}: {@code seed + 1000·k}, so training 0 is the run a
     * single training gives and the trainings of runs seeded 1, 2, 3… never share a seed.
     */
    public long trainingSeed(int k) {
        return seed + 1000L * k;
    }

    /** Training {@code k} of {@link #bestOf()} as a single training: its seed, {@code bestOf} 1. */
    public TrainConfig training(int k) {
        if (k < 0 || k >= bestOf) throw new IllegalArgumentException("training " + k + " of " + bestOf);
        return new TrainConfig(epochs, batchSize, learningRate, momentum, weightDecay, patience, maxShift, augment, optimizer, trainingSeed(k), emaDecay, masks, labelSmoothing, warp, averageLast, chooseByDetection, 1);
    }

    /** The EMA decay at step {@code t} (0-based): min(emaDecay, (1 + t) / (10 + t)); 0 when off. */
    public double emaDecayAt(long t) {
        return emaDecay == 0 ? 0 : Math.min(emaDecay, (1.0 + t) / (10.0 + t));
    }

    /** Cosine learning rate at step {@code t} of {@code total}. */
    public double learningRateAt(long t, long total) {
        return 0.5 * learningRate * (1 + Math.cos(Math.PI * Math.min(t, total) / Math.max(1, total)));
    }
}
