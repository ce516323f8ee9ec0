package dev.dartboard.train;

/**
 * What one epoch did.
 *
 * @param epoch         0-based
 * @param learningRate  at the epoch's last step
 * @param trainLoss     mean cross-entropy over its steps (training-mode BN, augmented inputs)
 * @param valAccuracy   validation accuracy of the inference graph after the epoch (NaN without a validation split)
 * @param steps         optimiser steps
 * @param msPerStep     wall milliseconds per step (forward, backward, update, running stats, GC)
 * @param valDetection  when epochs are chosen by detection ({@link TrainConfig#chooseByDetection()}): the validation
 *                      split's {@link OperatingPoint#score} at its best bias; NaN otherwise
 */
public record EpochStats(int epoch, double learningRate, double trainLoss, double valAccuracy, int steps, double msPerStep,
                         double valDetection) {
    /** An epoch not scored by detection. */
    public EpochStats(int epoch, double learningRate, double trainLoss, double valAccuracy, int steps, double msPerStep) {
        this(epoch, learningRate, trainLoss, valAccuracy, steps, msPerStep, Double.NaN);
    }

    /** The same epoch with other validation figures (e.g. of the weights averaged so far). */
    public EpochStats withValidation(double acc, double detection) {
        return new EpochStats(epoch, learningRate, trainLoss, acc, steps, msPerStep, detection);
    }

    /** What the epoch is chosen by: {@link #valDetection} when scored so, else {@link #valAccuracy}. */
    double selectionScore(boolean byDetection) {
        return byDetection ? valDetection : valAccuracy;
    }
}
