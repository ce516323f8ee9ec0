package dev.dartboard.quant;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.FloatOp;
import dev.dartboard.model.FloatOp.Activation;
import dev.dartboard.model.FloatOp.Kind;
import dev.dartboard.model.FloatOp.Padding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The PTQ scheme and the integer kernels against numbers worked out by hand. */
class QuantizerTest {
    private final Quantizer quantizer = new Quantizer(new Calibrator(new FloatForward()));

    @Test
    void fullyConnectedQuantizedByHand() {
        FloatOp fc = new FloatOp(Kind.FULLY_CONNECTED, new int[]{-1}, 1, 1, 1, 1, 1, Padding.VALID, Activation.NONE,
                new float[]{0.5f, -1.0f, 0.25f}, new float[]{0.1f});
        FloatModel m = new FloatModel("fc", DataConfig.defaults(), new int[]{1, 3, 1}, List.of(fc), List.of("a"));
        QuantModel q = quantizer.quantize(m, List.of(new float[]{1f, -1f, 0.5f}));
        // input range [−1, 1]: scale 2/255, zp round(−128 + 127.5) = round(−0.5) = −1
        assertEquals(2f / 255f, q.input().scale(), 1e-9f);
        assertEquals(-1, q.input().zeroPoint());
        QuantOp op = q.ops().get(0);
        assertArrayEquals(new float[]{1f / 127f}, op.weightScales(), 1e-9f);        // per-tensor
        assertArrayEquals(new byte[]{64, -127, 32}, op.weights());                   // 63.5 → 64, 31.75 → 32
        assertArrayEquals(new int[]{1619}, op.bias());                               // 0.1 / (2/255 · 1/127) = 1619.25
        // output 1.725 → [0, 1.725], zp −128; M = (2/255)(1/127)/(1.725/255) = 0.0091291… = 0.58426…·2^-6
        assertEquals(-128, op.output().zeroPoint());
        assertEquals(-6, op.shifts()[0]);
        assertEquals(2.0 / (127 * 1.725) * Math.scalb(1.0, 37), op.multipliers()[0], 3000);  // float scales: ~1e-7 relative
        // int8: 1/s = 127.49999 (float) → 127 − 1 = 126; −127.5 → −128 − 1 clamps to −128; 63.75 → 64 − 1 = 63
        // acc = 64·(126 + 1) − 127·(−128 + 1) + 32·(63 + 1) + 1619 = 27924
        byte[] x = q.quantizeInput(new float[]{1f, -1f, 0.5f});
        assertArrayEquals(new byte[]{126, -128, 63}, x);
        int expected = FixedPoint.multiplyByQuantizedMultiplier(27924, op.multipliers()[0], op.shifts()[0]) - 128;
        assertEquals(expected, new Int8Interpreter(q).logits(x)[0]);
        assertEquals(1.725f, q.dequantizeOutput(new Int8Interpreter(q).logits(x))[0], 2 * op.output().scale());
    }

    @Test
    void convWithSamePaddingByHand() {
        // 2×2×1 input q = [1 2; 3 4], zp −1 → x − zp = [2 3; 4 5]; 3×3 cross kernel [0 1 0; 1 2 1; 0 1 0], SAME → pad 1
        QuantParams in = new QuantParams(0.1f, -1), out = new QuantParams(0.2f, 2);
        byte[] w = {0, 1, 0, 1, 2, 1, 0, 1, 0};
        QuantOp op = new QuantOp(Kind.CONV_2D, new int[]{-1}, new QuantParams[]{in}, new int[]{2, 2, 1}, new int[]{2, 2, 1},
                3, 3, 1, 1, 1, 1, w, new int[]{-1}, new float[]{1f}, new int[]{1 << 30}, new int[]{-1}, out, 2, 127,
                Padding.SAME, Activation.RELU);
        QuantModel m = new QuantModel("hand", DataConfig.defaults(), new int[]{2, 2, 1}, in, List.of(op), List.of("a"));
        // acc + bias: (0,0) 2·2+3+4−1 = 10; (0,1) 2·3+2+5−1 = 12; (1,0) 2·4+2+5−1 = 14; (1,1) 2·5+3+4−1 = 16
        // ×0.25 with TFLite rounding: 10 → 5 → 2.5 → 3; 12 → 3; 14 → 7 → 3.5 → 4; 16 → 4; + zp 2
        assertArrayEquals(new byte[]{5, 5, 6, 6}, new Int8Interpreter(m).logits(new byte[]{1, 2, 3, 4}));
    }

    @Test
    void activationRangesAndPoolParams() {
        QuantParams p = new QuantParams(0.05f, -128);
        assertArrayEquals(new int[]{-128, -8}, Quantizer.activationRange(Activation.RELU6, p));  // −128 + 6/0.05
        assertArrayEquals(new int[]{-128, 127}, Quantizer.activationRange(Activation.NONE, p));
        QuantModel q = TestModels.quantized(TestModels.allOps(3, 5));
        assertEquals(q.ops().get(3).output(), q.ops().get(4).output());   // max pool keeps its input's params
        assertEquals(q.ops().get(5).output(), q.ops().get(6).output());   // average pool too
        for (float s : q.ops().get(0).weightScales()) assertTrue(s > 0);
        assertEquals(8, q.ops().get(0).weightScales().length);            // conv: per output channel
        assertEquals(8, q.ops().get(1).weightScales().length);            // depthwise: per channel
        assertEquals(1, q.ops().get(9).weightScales().length);            // FC: per tensor
    }
}
