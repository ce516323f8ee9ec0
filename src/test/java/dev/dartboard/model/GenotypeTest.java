package dev.dartboard.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GenotypeTest {

    @Test
    void dscnnSIsTheHelloEdgeShape() {
        Genotype g = Genotype.named("dscnn-s");
        assertEquals(new Genotype.Stem(64, 10, 4, 2, 2), g.stem());
        assertEquals(4, g.layers().size());
        for (Genotype.Layer l : g.layers()) assertEquals(new Genotype.Layer(Primitive.DW_SEP_3X3, 64, 1), l);
        assertEquals(49, g.dataConfig().frames());
        assertEquals(10, g.dataConfig().features());
    }

    @Test
    void aDecodedGenotypeHasNoZeroOp() {
        Genotype g = Genotype.dscnnS();
        assertThrows(IllegalArgumentException.class, () -> new Genotype("x", g.dataConfig(), g.stem(),
                List.of(new Genotype.Layer(Primitive.ZERO, 64, 1))));
        assertThrows(IllegalArgumentException.class, () -> new Genotype.Layer(Primitive.SKIP, 64, 3));
    }

    @Test
    void peerSearchSpaceGivesThePeersInputShapes() {
        SearchSpace s = SearchSpace.peerBench();
        assertEquals(List.of(49, 49, 99), s.dataConfigs().stream().map(DataConfig::frames).toList());
        assertEquals(List.of(10, 40, 40), s.dataConfigs().stream().map(DataConfig::features).toList());
        assertEquals(6, s.primitives().size());
        assertThrows(IllegalArgumentException.class, () -> new SearchSpace(s.dataConfigs(), 32, 4, List.of(32),
                Set.of(4), s.primitives()));
    }
}
