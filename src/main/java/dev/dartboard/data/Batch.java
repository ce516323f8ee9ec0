package dev.dartboard.data;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One mini-batch; the arrays are fresh and owned by the caller.
 *
 * @param features float32 in the options' layout
 * @param labels   one-hot float32 [B, classes] or int32 [B]
 * @param rows     the feature-table rows in batch order (for tracing examples back to files)
 */
public record Batch(INDArray features, INDArray labels, int[] rows) {
    public int size() { return rows.length; }
}
