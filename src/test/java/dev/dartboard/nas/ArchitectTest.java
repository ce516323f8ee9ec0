package dev.dartboard.nas;

import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two DARTS steps touch only their own group; the whole step is deterministic. */
class ArchitectTest {

    @Test
    void weightStepLeavesArchitectureUntouchedAndMovesEveryWeight() {
        SameDiff sd = Tiny.net(false, 1);
        Architect architect = new Architect(sd, Architect.defaultWeightUpdater(), Architect.defaultArchUpdater());
        Map<String, INDArray> arch = snapshot(sd, ParamGroups.architecture(sd)), weights = snapshot(sd, ParamGroups.weights(sd));
        architect.weightStep(Tiny.feeds(false, 2, 4));
        arch.forEach((n, before) -> assertEquals(before, sd.getArrForVarName(n), n + " moved in a weight step"));
        weights.forEach((n, before) -> assertFalse(before.equals(sd.getArrForVarName(n)), n + " did not move in a weight step"));
    }

    @Test
    void architectureStepLeavesWeightsUntouchedAndMovesEveryAlphaAndGamma() {
        SameDiff sd = Tiny.net(true, 1);
        Architect architect = new Architect(sd, Architect.defaultWeightUpdater(), Architect.defaultArchUpdater());
        Map<String, INDArray> arch = snapshot(sd, ParamGroups.architecture(sd)), weights = snapshot(sd, ParamGroups.weights(sd));
        architect.architectureStep(Tiny.feeds(true, 2, 4));
        weights.forEach((n, before) -> assertEquals(before, sd.getArrForVarName(n), n + " moved in an architecture step"));
        arch.forEach((n, before) -> assertFalse(before.equals(sd.getArrForVarName(n)), n + " did not move in an architecture step"));
    }

    @Test
    void groupsPartitionTheVariablesByName() {
        SameDiff sd = Tiny.net(false, 1);
        assertEquals(Set.of("gamma", "L0/alpha", "L1/alpha"), Set.copyOf(ParamGroups.architecture(sd)));
        assertTrue(ParamGroups.weights(sd).containsAll(List.of("stem0/w", "L1/dw_sep_5x5/u0/w", "L1/conv_3x3/u0/w", "fc/w", "fc/b")));
    }

    @Test
    void sameSeedAndInputGiveBitIdenticalLossesAndUpdates() {
        double[] first = run(), second = run();
        assertEquals(first[0], second[0], 0.0);
        assertEquals(first[1], second[1], 0.0);
        assertEquals(first[2], second[2], 0.0);
    }

    @Test
    void sameInputTwiceGivesTheSameLoss() {
        SameDiff sd = Tiny.net(false, 4);
        Map<String, INDArray> feeds = Tiny.feeds(false, 9, 4);
        assertEquals(Tiny.loss(sd, feeds), Tiny.loss(sd, feeds), 0.0);
    }

    /** Two iterations from scratch; returns {train loss 2, val loss 2, Σ α after}. */
    private static double[] run() {
        SameDiff sd = Tiny.net(false, 11);
        Architect architect = new Architect(sd, Architect.defaultWeightUpdater(), Architect.defaultArchUpdater());
        Map<String, INDArray> train = Tiny.feeds(false, 12, 4), val = Tiny.feeds(false, 13, 4);
        architect.iterate(train, val);
        double[] losses = architect.iterate(train, val);
        return new double[]{losses[0], losses[1], sd.getArrForVarName("L0/alpha").sumNumber().doubleValue()};
    }

    private static Map<String, INDArray> snapshot(SameDiff sd, List<String> names) {
        Map<String, INDArray> copies = new HashMap<>();
        for (String n : names) copies.put(n, sd.getArrForVarName(n).dup());
        assertFalse(copies.isEmpty());
        return copies;
    }
}
