package dev.dartboard.train;

/**
 * Training stopped because a step's loss was NaN or infinite (non-finite features in the data, or a learning
 * rate so high the weights overflow). Thrown by {@link Trainer} before any model exists, so nothing is written.
 */
public final class NonFiniteLossException extends RuntimeException {
    private final int epoch;
    private final int step;

    public NonFiniteLossException(int epoch, int step, double loss) {
        super("training stopped: the loss became " + loss + " at epoch " + epoch + ", step " + step
                + " (non-finite values in the features, or a learning rate too high); no model was written");
        this.epoch = epoch;
        this.step = step;
    }

    /** 0-based epoch of the step. */
    public int epoch() { return epoch; }

    /** 0-based step within that epoch. */
    public int step() { return step; }
}
