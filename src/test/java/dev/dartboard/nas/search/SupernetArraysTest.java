package dev.dartboard.nas.search;

import dev.dartboard.nas.UpdaterStates;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checkpoint spelling of a supernet's arrays (as search checkpoints have held them since version 1) and the stem renaming of a γ freeze. */
class SupernetArraysTest {
    private final INDArray a = Nd4j.scalar(1f), b = Nd4j.scalar(2f), c = Nd4j.scalar(3f), d = Nd4j.scalar(4f), e = Nd4j.scalar(5f);

    private SupernetArrays sample() {
        return new SupernetArrays(Map.of("stem0/w", a, "stem1/w", b, "L0/alpha", c),
                new UpdaterStates(Map.of("stem1/w", d), Map.of("L0/alpha", e)));
    }

    @Test
    void namedArraysAreSpelledAsCheckpointsHoldThem() {
        Map<String, INDArray> named = sample().toNamed();
        assertEquals(Set.of("stem0/w", "stem1/w", "L0/alpha", "updater/w:stem1/w", "updater/a:L0/alpha"), named.keySet());
        assertSame(d, named.get("updater/w:stem1/w"));
        SupernetArrays back = SupernetArrays.fromNamed(named);
        assertEquals(sample().variables(), back.variables());
        assertEquals(sample().updaters(), back.updaters());
    }

    @Test
    void anUpdaterStateOfNoKnownGroupIsRefusedByName() {
        Map<String, INDArray> named = new LinkedHashMap<>(sample().toNamed());
        named.put("updater/x:L0/alpha", a);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> SupernetArrays.fromNamed(named));
        assertTrue(ex.getMessage().contains("updater/x:L0/alpha"), ex.getMessage());
    }

    @Test
    void onlyStemRenamesTheKeptStemAndDropsTheOthersEverywhere() {
        SupernetArrays kept = new SupernetArrays(Map.of("stem0/w", a, "stem1/w", b, "stem12/w", c, "stemless/w", d),
                new UpdaterStates(Map.of("stem1/w", d, "stem0/w", a), Map.of("L0/alpha", e))).onlyStem(1);
        assertEquals(Map.of("stem0/w", b, "stemless/w", d), kept.variables());
        assertEquals(Map.of("stem0/w", d), kept.updaters().weights());
        assertEquals(Map.of("L0/alpha", e), kept.updaters().architecture());
    }
}
