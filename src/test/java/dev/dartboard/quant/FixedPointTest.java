package dev.dartboard.quant;

import org.junit.jupiter.api.Test;

import static dev.dartboard.quant.FixedPoint.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** TFLite's fixed-point arithmetic against values worked out by hand from the gemmlowp definitions. */
class FixedPointTest {

    @Test
    void quantizeMultiplierOfKnownReals() {
        assertArrayEquals(new int[]{1 << 30, 0}, quantizeMultiplier(0.5));         // 0.5 = 0.5·2^0
        assertArrayEquals(new int[]{1 << 30, 1}, quantizeMultiplier(1.0));         // 1 = 0.5·2^1
        assertArrayEquals(new int[]{1 << 30, -1}, quantizeMultiplier(0.25));
        assertArrayEquals(new int[]{1610612736, 0}, quantizeMultiplier(0.75));     // 0.75·2^31
        assertArrayEquals(new int[]{1717986918, -3}, quantizeMultiplier(0.1));     // 0.8·2^-3; 0.8·2^31 = 1717986918.4
        assertArrayEquals(new int[]{1342177280, 2}, quantizeMultiplier(2.5));      // 0.625·2^2
        assertArrayEquals(new int[]{0, 0}, quantizeMultiplier(0.0));
    }

    @Test
    void quantizeMultiplierRoundingUpToTwoToThe31stBumpsTheShift() {
        // f = 1 − 2^-40: f·2^31 = 2^31 − 2^-9 rounds to 2^31 → q = 2^30, shift 0 + 1
        assertArrayEquals(new int[]{1 << 30, 1}, quantizeMultiplier(1.0 - Math.scalb(1.0, -40)));
        assertArrayEquals(new int[]{0, 0}, quantizeMultiplier(Math.scalb(1.0, -40)));  // shift −39 < −31
    }

    @Test
    void highMulRoundsAndSaturates() {
        assertEquals(1 << 29, saturatingRoundingDoublingHighMul(1 << 30, 1 << 30)); // 0.5 · 0.5 in Q31
        assertEquals(1, saturatingRoundingDoublingHighMul(1, 1 << 30));              // +0.5 rounds up
        assertEquals(0, saturatingRoundingDoublingHighMul(-1, 1 << 30));             // −0.5 → 0 (nudge 1 − 2^30, truncation)
        assertEquals(-1, saturatingRoundingDoublingHighMul(-3, 1 << 30));            // −1.5 → −1
        assertEquals(Integer.MAX_VALUE, saturatingRoundingDoublingHighMul(Integer.MIN_VALUE, Integer.MIN_VALUE));
    }

    @Test
    void roundingDivideByPowerOfTwoRoundsHalfAwayFromZero() {
        assertEquals(3, roundingDivideByPOT(5, 1));    // 2.5
        assertEquals(-3, roundingDivideByPOT(-5, 1));  // −2.5
        assertEquals(-1, roundingDivideByPOT(-3, 2));  // −0.75
        assertEquals(2, roundingDivideByPOT(6, 2));    // 1.5
        assertEquals(-2, roundingDivideByPOT(-6, 2));  // −1.5
        assertEquals(1, roundingDivideByPOT(5, 2));    // 1.25
        assertEquals(7, roundingDivideByPOT(7, 0));
    }

    @Test
    void multiplierRoundsTwiceAsTflite() {
        assertEquals(50, multiplyByQuantizedMultiplier(100, 1 << 30, 0));   // ·0.5
        assertEquals(51, multiplyByQuantizedMultiplier(101, 1 << 30, 0));   // 50.5 → 51
        assertEquals(-50, multiplyByQuantizedMultiplier(-101, 1 << 30, 0)); // −50.5 → −50 (SRDHM's negative tie)
        assertEquals(2, multiplyByQuantizedMultiplier(5, 1 << 30, -1));     // 1.25: 5·0.5 = 2.5 → 3, then 3/2 = 1.5 → 2 (double rounding)
        assertEquals(-1, multiplyByQuantizedMultiplier(-5, 1 << 30, -1));   // −1.25: SRDHM gives −2.5 → −2, then −2/2 = −1
        assertEquals(12, multiplyByQuantizedMultiplier(3, 1 << 30, 3));     // left shift 3: 24 · 0.5
        assertEquals(800, multiplyByQuantizedMultiplier(10, 1342177280, 7));  // (10 · 2^7) · 0.625
    }

    @Test
    void quantizeAndDequantizeFollowTheTfliteQuantizeOp() {
        QuantParams p = new QuantParams(0.5f, -10);
        assertEquals(-8, quantize(1.0f, p));      // 2 − 10
        assertEquals(-7, quantize(1.25f, p));     // 2.5 → 3, −7
        assertEquals(-13, quantize(-1.25f, p));   // −2.5 → −3, −13
        assertEquals(127, quantize(1000f, p));
        assertEquals(-128, quantize(-1000f, p));
        assertEquals(1.5f, dequantize((byte) -7, p));
    }

    @Test
    void rangesGiveTfliteZeroPoints() {
        QuantParams relu = QuantParams.fromRange(0.3, 2.55);       // widened to [0, 2.55]
        assertEquals(0.01f, relu.scale(), 1e-9f);
        assertEquals(-128, relu.zeroPoint());
        QuantParams sym = QuantParams.fromRange(-1, 1);            // −128 + 127.5 = −0.5 → −1 (away from zero)
        assertEquals(-1, sym.zeroPoint());
        assertEquals(127, QuantParams.fromRange(-2, 0).zeroPoint());
    }
}
