package dev.dartboard.ui.results;

import dev.dartboard.train.RunTraining;
import dev.dartboard.train.TrainListener;

import java.io.IOException;

/**
 * Trains one genotype into a run folder (in the studio: {@link RunTraining#train}, the work of
 * {@code dartboard train}); tests pass a fake. Blocking, on a worker thread; a listener that throws stops it.
 */
@FunctionalInterface
public interface TrainEngine {
    RunTraining.Outcome train(RunTraining.Request request, TrainListener listener) throws IOException;
}
