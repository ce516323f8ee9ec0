package dev.dartboard.nas;

import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The peer supernet's shape against darts_peer.py's own numbers. */
class SupernetShapeTest {

    @Test
    void stemsAreThePeersStems() {
        List<StemSpec> stems = SupernetSpec.peerBench(false).stems();
        // darts_peer.py: Conv2d(1,c,3,(2,2),(1,1)); Conv2d(1,c,(3,8),(2,8),(1,0)); Conv2d(1,c,(3,8),(4,8),(1,0))
        assertEquals(new StemSpec(49, 10, 3, 3, 2, 2, 1, 1), stems.get(0));
        assertEquals(new StemSpec(49, 40, 3, 8, 2, 8, 1, 0), stems.get(1));
        assertEquals(new StemSpec(99, 40, 3, 8, 4, 8, 1, 0), stems.get(2));
        assertEquals(25, SupernetSpec.peerBench(false).gridH());
        assertEquals(5, SupernetSpec.peerBench(false).gridW());
    }

    @Test
    void weightCountIsThePeersWithoutItsAffineBnParameters() {
        // darts_peer.py prints params(weights)= 52588 with AFFINE=1; its 15 affine BNs of 32 channels
        // hold 15 · 2 · 32 = 960 of them, which the affine-free search BN here does not have.
        SameDiff sd = Supernet.build(SupernetSpec.peerBench(false), 1);
        long n = 0;
        for (String name : ParamGroups.weights(sd)) n += sd.getArrForVarName(name).length();
        assertEquals(52588 - 960, n);
    }

    @Test
    void logitsHaveOneRowPerSampleAndTwelveClasses() {
        SupernetSpec spec = SupernetSpec.peerBench(true);
        SameDiff sd = Supernet.build(spec, 1);
        INDArray logits = sd.output(new dev.dartboard.nas.bench.RandomBatches(1).next(spec, 3), Supernet.LOGITS).get(Supernet.LOGITS);
        assertEquals(List.of(3L, 12L), List.of(logits.size(0), logits.size(1)));
    }
}
