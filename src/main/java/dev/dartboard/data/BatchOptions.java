package dev.dartboard.data;

/**
 * How {@link BatchIterator} cuts an epoch.
 *
 * @param batchSize examples per batch (≥ 1)
 * @param layout    feature tensor layout
 * @param labels    label encoding
 * @param dropLast  drop a last batch smaller than {@code batchSize} (else keep it)
 * @param seed      shuffle seed; epoch e uses an order derived from (seed, e)
 */
public record BatchOptions(int batchSize, Layout layout, Labels labels, boolean dropLast, long seed) {
    public BatchOptions {
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be ≥ 1: " + batchSize);
    }

    /** NHWC, one-hot, last batch kept. */
    public static BatchOptions of(int batchSize, long seed) {
        return new BatchOptions(batchSize, Layout.NHWC, Labels.ONE_HOT, false, seed);
    }

    /** Feature tensor layouts. */
    public enum Layout {
        /** [B, frames, features, 1]: image-like, channels last (the fast layout, docs/stack-notes.md#samediff). */
        NHWC,
        /** [B, frames, features]: a sequence of frames. */
        SEQUENCE
    }

    /** Label encodings. */
    public enum Labels {
        /** float32 [B, classes], 1 at the class. */
        ONE_HOT,
        /** int32 [B], the class index (for sparse cross-entropy). */
        INDEX
    }
}
