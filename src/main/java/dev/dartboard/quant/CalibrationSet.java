package dev.dartboard.quant;

import dev.dartboard.data.Example;
import dev.dartboard.data.PreparedData;
import dev.dartboard.model.Split;

import java.util.ArrayList;
import java.util.List;

/**
 * Calibration inputs for {@link Quantizer}: float feature rows of training-split examples (keywords,
 * unknown words and silence alike, as the plan drew them), at most {@code max}, evenly spaced over the
 * split's deterministic order so every class is represented. Same data + seed → same rows. Stateless.
 */
public final class CalibrationSet {
    private CalibrationSet() { }

    /** @return rows of frames × features floats; empty when the training split holds no cached row */
    public static List<float[]> of(PreparedData data, int max) {
        List<Example> train = data.plan().of(Split.TRAIN);
        List<float[]> rows = new ArrayList<>();
        int len = data.table().rowLength();
        double step = Math.max(1.0, (double) train.size() / max);
        for (double k = 0; k < train.size() && rows.size() < max; k += step) {
            int row = data.table().rowOf(train.get((int) k).source());
            if (row < 0) continue;
            float[] x = new float[len];
            data.table().copyRow(row, x, 0);
            rows.add(x);
        }
        return rows;
    }
}
