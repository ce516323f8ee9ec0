package dev.dartboard.train;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Random;

/**
 * Feature-domain time-shift augmentation: each example [frames, features] moves by d frames, d uniform
 * in [−max, max], out[t] = in[clamp(t − d)] (the edge frame repeats: for MFCC a frame of zeros is not
 * silence). Seeded; not thread-safe.
 */
final class TimeShift {
    private final int max;
    private final Random random;

    TimeShift(int max, long seed) {
        this.max = max;
        this.random = new Random(seed ^ 0x5DEECE66DL);
    }

    /** A shifted copy of a batch [B, frames, features, 1]; the batch itself when max is 0. */
    INDArray apply(INDArray batch) {
        if (max == 0) return batch;
        long[] shape = batch.shape();
        int b = (int) shape[0], frames = (int) shape[1], feats = (int) shape[2];
        float[] x = batch.dup('c').data().asFloat(), y = new float[x.length];
        for (int i = 0; i < b; i++) {
            int d = random.nextInt(2 * max + 1) - max, base = i * frames * feats;
            for (int t = 0; t < frames; t++) {
                int src = Math.min(frames - 1, Math.max(0, t - d));
                System.arraycopy(x, base + src * feats, y, base + t * feats, feats);
            }
        }
        return Nd4j.create(y, shape, 'c');
    }
}
