package dev.dartboard.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrimitiveTest {

    @Test
    void theEightPrimitivesOfDesignSection2InOrder() {
        assertEquals(List.of(Primitive.DW_SEP_3X3, Primitive.DW_SEP_5X5, Primitive.CONV_3X3, Primitive.INV_RES_3X3,
                Primitive.MAX_POOL_3X3, Primitive.AVG_POOL_3X3, Primitive.SKIP, Primitive.ZERO), List.of(Primitive.values()));
    }

    @Test
    void metadataForTheCostModel() {
        assertEquals(5, Primitive.DW_SEP_5X5.kernel());
        assertEquals(3, Primitive.MAX_POOL_3X3.kernel());
        assertEquals(4, Primitive.INV_RES_3X3.expansion());
        assertTrue(Primitive.CONV_3X3.hasWeights());
        assertFalse(Primitive.AVG_POOL_3X3.hasWeights());
        assertFalse(Primitive.SKIP.hasWeights());
        assertEquals(Primitive.Kind.SEPARABLE, Primitive.DW_SEP_3X3.kind());
    }

    @Test
    void cliNamesRoundTrip() {
        assertEquals("dw-sep-3x3", Primitive.DW_SEP_3X3.cliName());
        for (Primitive p : Primitive.values()) assertEquals(p, Primitive.parse(p.cliName()));
        assertThrows(IllegalArgumentException.class, () -> Primitive.parse("conv-7x7"));
    }
}
