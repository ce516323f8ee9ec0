package dev.dartboard.train;

/** Progress of a training run; called on the training thread after each epoch. */
@FunctionalInterface
public interface TrainListener {
    void epoch(EpochStats stats);

    /**
     * Training {@code k} (0-based) of {@code of} ({@link TrainConfig#bestOf()}) starts with {@code seed}; its epochs
     * count from 0 again. Called before each training, the first included.
     */
    default void training(int k, int of, long seed) { }

    /** Ignores everything. */
    TrainListener NONE = s -> { };
}
