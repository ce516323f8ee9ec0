package dev.dartboard.nas;

import dev.dartboard.nas.bench.RandomBatches;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.HashMap;
import java.util.Map;

/** A tiny supernet for tests: inputs 8x4 and 8x8 → 4x2x4 grid, 2 mixed layers of the peer's ops, 3 classes. */
final class Tiny {
    private Tiny() {}

    static SupernetSpec spec(boolean superkernel) {
        return SupernetSpec.forInputs(new int[][]{{8, 4}, {8, 8}}, 4, 2, SupernetSpec.PEER_PRIMITIVES, 3, superkernel);
    }

    /** As {@link #spec} over every primitive (the inverted residual with its add, both pools). */
    static SupernetSpec everyPrimitive() {
        return SupernetSpec.forInputs(new int[][]{{8, 4}, {8, 8}}, 4, 2, java.util.List.of(dev.dartboard.model.Primitive.values()), 3, false);
    }

    static SameDiff net(boolean superkernel, long seed) { return Supernet.build(spec(superkernel), seed); }

    /** The tiny supernet in double, with PC-DARTS K = {@code partialChannels} (1 = off). */
    static SameDiff doubleNet(boolean superkernel, int partialChannels, long seed) {
        return Supernet.build(spec(superkernel).withPartialChannels(partialChannels), seed, DataType.DOUBLE);
    }

    static Map<String, INDArray> feeds(boolean superkernel, long seed, int batch) {
        return new RandomBatches(seed).next(spec(superkernel), batch);
    }

    static Map<String, INDArray> doubleFeeds(boolean superkernel, long seed, int batch) {
        Map<String, INDArray> feeds = new HashMap<>();
        feeds(superkernel, seed, batch).forEach((k, v) -> feeds.put(k, v.castTo(DataType.DOUBLE)));
        return feeds;
    }

    static double loss(SameDiff sd, Map<String, INDArray> feeds) {
        return sd.output(feeds, Supernet.LOSS).get(Supernet.LOSS).getDouble(0);
    }
}
