package dev.dartboard.data;

import dev.dartboard.model.Split;

/**
 * A data set ready for training: its scan, the drawn examples and their cached features.
 * Immutable; the table is shared read-only by every iterator made from it.
 */
public record PreparedData(Dataset dataset, ExamplePlan plan, FeatureTable table) {

    /** One epoch of {@code split} (examples whose input was rejected are skipped). */
    public BatchIterator batches(Split split, BatchOptions options, int epoch) {
        return BatchIterator.of(table, plan.of(split), plan.labels().size(), options, epoch);
    }
}
