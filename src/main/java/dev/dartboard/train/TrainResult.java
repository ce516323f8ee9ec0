package dev.dartboard.train;

import dev.dartboard.model.FloatModel;
import dev.dartboard.model.Genotype;

import java.util.List;

/**
 * A finished training run.
 *
 * @param genotype  what was trained
 * @param model     the exported best-epoch network (BN folded, TFLite layouts)
 * @param config    the hyper-parameters
 * @param history   one entry per epoch run
 * @param bestEpoch the epoch whose weights were kept (highest validation accuracy; the last without validation)
 * @param wallMs    wall time of the training loop, milliseconds
 */
public record TrainResult(Genotype genotype, FloatModel model, TrainConfig config, List<EpochStats> history,
                          int bestEpoch, long wallMs) {
    public TrainResult {
        history = List.copyOf(history);
    }
}
