package dev.dartboard.quant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Field-by-field equality of quantized ops, for the round-trip tests of every QuantModel format. */
public final class QuantAsserts {
    private QuantAsserts() { }

    /** Same labels, input quantization and ops (field by field). */
    public static void sameModel(QuantModel a, QuantModel b) {
        assertEquals(a.labels(), b.labels());
        assertEquals(a.input(), b.input());
        assertEquals(a.ops().size(), b.ops().size());
        for (int i = 0; i < a.ops().size(); i++) sameOp(a.ops().get(i), b.ops().get(i));
    }

    public static void sameOp(QuantOp a, QuantOp b) {
        assertEquals(a.kind(), b.kind());
        assertArrayEquals(a.inputs(), b.inputs());
        assertArrayEquals(a.inParams(), b.inParams());
        assertArrayEquals(a.inShape(), b.inShape());
        assertArrayEquals(a.outShape(), b.outShape());
        assertArrayEquals(new int[]{a.kernelH(), a.kernelW(), a.strideH(), a.strideW(), a.padTop(), a.padLeft(), a.actMin(), a.actMax()},
                new int[]{b.kernelH(), b.kernelW(), b.strideH(), b.strideW(), b.padTop(), b.padLeft(), b.actMin(), b.actMax()});
        assertArrayEquals(a.weights(), b.weights());
        assertArrayEquals(a.bias(), b.bias());
        assertArrayEquals(a.weightScales(), b.weightScales());
        assertArrayEquals(a.multipliers(), b.multipliers());
        assertArrayEquals(a.shifts(), b.shifts());
        assertEquals(a.output(), b.output());
        assertEquals(a.padding(), b.padding());
        assertEquals(a.activation(), b.activation());
    }
}
