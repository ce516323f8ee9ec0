package dev.dartboard.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FloatModelTest {
    private static FloatOp conv(int in, int out, int k, int s) {
        return new FloatOp(FloatOp.Kind.CONV_2D, new int[]{-1}, out, k, k, s, s, FloatOp.Padding.SAME,
                FloatOp.Activation.RELU, new float[out * k * k * in], new float[out]);
    }

    @Test
    void shapesFollowTfLitePaddingRules() {
        // 49 × 10 input, 10×4 conv stride 2 SAME → ceil(49/2) × ceil(10/2) = 25 × 5.
        FloatOp stem = new FloatOp(FloatOp.Kind.CONV_2D, new int[]{-1}, 8, 10, 4, 2, 2, FloatOp.Padding.SAME,
                FloatOp.Activation.RELU, new float[8 * 10 * 4], new float[8]);
        assertArrayEquals(new int[]{25, 5, 8}, stem.outputShape(new int[]{49, 10, 1}));
        // VALID 3×3 stride 2 on 25 × 5 → (25 − 3 + 2) / 2 = 12, (5 − 3 + 2) / 2 = 2.
        FloatOp pool = new FloatOp(FloatOp.Kind.MAX_POOL_2D, new int[]{0}, 8, 3, 3, 2, 2, FloatOp.Padding.VALID,
                FloatOp.Activation.NONE, null, null);
        assertArrayEquals(new int[]{12, 2, 8}, pool.outputShape(new int[]{25, 5, 8}));
    }

    @Test
    void aChainEndsInLogitsAndCountsItsParameters() {
        FloatOp stem = conv(1, 4, 3, 1);
        FloatOp skipAdd = new FloatOp(FloatOp.Kind.ADD, new int[]{0, 0}, 4, 1, 1, 1, 1, FloatOp.Padding.SAME,
                FloatOp.Activation.NONE, null, null);
        FloatOp mean = new FloatOp(FloatOp.Kind.MEAN, new int[]{1}, 4, 1, 1, 1, 1, FloatOp.Padding.VALID,
                FloatOp.Activation.NONE, null, null);
        FloatOp fc = new FloatOp(FloatOp.Kind.FULLY_CONNECTED, new int[]{2}, 3, 1, 1, 1, 1, FloatOp.Padding.VALID,
                FloatOp.Activation.NONE, new float[3 * 4], new float[3]);
        FloatModel m = new FloatModel("t", DataConfig.defaults(), new int[]{49, 10, 1},
                List.of(stem, skipAdd, mean, fc), List.of("a", "b", "c"));
        assertEquals(4 * 9 + 4 + 12 + 3, m.parameters());
        assertArrayEquals(new int[]{49, 10, 4}, m.shapes().get(1));
        assertThrows(IllegalArgumentException.class, () -> new FloatModel("t", DataConfig.defaults(),
                new int[]{49, 10, 1}, List.of(stem, skipAdd, mean, fc), List.of("a", "b")));
    }

    @Test
    void opsMayOnlyReadEarlierOps() {
        FloatOp bad = new FloatOp(FloatOp.Kind.MEAN, new int[]{0}, 1, 1, 1, 1, 1, FloatOp.Padding.VALID,
                FloatOp.Activation.NONE, null, null);
        assertThrows(IllegalArgumentException.class, () -> new FloatModel("t", DataConfig.defaults(),
                new int[]{1, 1, 1}, List.of(bad), List.of("a")));
    }
}
