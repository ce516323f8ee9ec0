package dev.dartboard.train;

import dev.dartboard.data.Batch;
import dev.dartboard.data.BatchIterator;
import dev.dartboard.data.BatchOptions;
import dev.dartboard.data.ClipReader;
import dev.dartboard.data.PreparedData;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.Split;

import java.io.IOException;
import java.util.Iterator;

/**
 * The training split's mini-batches of one epoch as the {@link Trainer} consumes them, augmented per
 * {@link TrainConfig#augment()}: same shuffle (seed, epoch) and shapes in every mode. Not thread-safe.
 */
interface TrainBatches {
    /** The batches of epoch {@code e}; features NHWC [B, frames, features, 1], labels one-hot. */
    Iterator<Batch> epoch(int e);

    /** @throws IOException when the audio modes cannot read the background noise */
    static TrainBatches of(TrainConfig config, DataConfig dc, PreparedData data, ClipReader reader) throws IOException {
        return regularized(augmented(config, dc, data, reader), config, dc);
    }

    /**
     * {@code base} with {@link TrainConfig#warp()} ({@link FrequencyWarp}) and then {@link TrainConfig#masks()}
     * applied to the features and {@link TrainConfig#labelSmoothing()} to the labels; {@code base} itself when all
     * are off. Warps and masks are seeded by (seed, epoch): an epoch's batches are the same whenever it is replayed.
     */
    static TrainBatches regularized(TrainBatches base, TrainConfig config, DataConfig dc) {
        SpecMask masks = config.masks();
        double eps = config.labelSmoothing();
        FrequencyWarp warp = new FrequencyWarp(dc, config.warp());
        if (masks.off() && eps == 0 && warp.off()) return base;
        return e -> {
            Iterator<Batch> it = base.epoch(e);
            java.util.Random random = new java.util.Random(config.seed() * 0x9E3779B97F4A7C15L + e * 0x632BE59BD9B4E019L + 0x5A5A);
            return new Iterator<>() {
                @Override public boolean hasNext() { return it.hasNext(); }

                @Override public Batch next() {
                    Batch b = it.next();
                    org.nd4j.linalg.api.ndarray.INDArray labels = b.labels();
                    if (eps > 0) labels = labels.mul(1 - eps).addi(eps / labels.size(1));
                    return new Batch(masks.apply(warp.apply(b.features(), random), random), labels, b.rows());
                }
            };
        };
    }

    private static TrainBatches augmented(TrainConfig config, DataConfig dc, PreparedData data, ClipReader reader) throws IOException {
        BatchOptions options = BatchOptions.of(config.batchSize(), config.seed());
        if (config.augment().audio())
            return new AudioBatches(data, options, dc, reader, new WaveAugmentation(config.seed(), config.augment(),
                    Backgrounds.of(data.dataset(), reader, dc.sampleRate(), config.seed())));
        TimeShift shift = new TimeShift(config.augment() == Augment.SHIFT ? config.maxShift() : 0, config.seed());
        return e -> {
            BatchIterator it = data.batches(Split.TRAIN, options, e);
            return new Iterator<>() {
                @Override public boolean hasNext() { return it.hasNext(); }

                @Override public Batch next() {
                    Batch b = it.next();
                    return new Batch(shift.apply(b.features()), b.labels(), b.rows());
                }
            };
        };
    }
}
