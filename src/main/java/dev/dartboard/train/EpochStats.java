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
 */
public record EpochStats(int epoch, double learningRate, double trainLoss, double valAccuracy, int steps, double msPerStep) {
    /** The same epoch with another validation accuracy (e.g. of the weights averaged so far). */
    public EpochStats withValAccuracy(double acc) {
        return new EpochStats(epoch, learningRate, trainLoss, acc, steps, msPerStep);
    }
}
