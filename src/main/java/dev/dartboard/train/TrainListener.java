package dev.dartboard.train;

/** Progress of a training run; called on the training thread after each epoch. */
@FunctionalInterface
public interface TrainListener {
    void epoch(EpochStats stats);

    /** Ignores everything. */
    TrainListener NONE = s -> { };
}
