package dev.dartboard.train;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.FloatOp;
import dev.dartboard.model.LabelSet;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reject bias: rates by hand, the chosen bias by hand, and the bias folded into the model's last layer. */
class OperatingPointTest {
    // labels: 0 silence, 1 unknown, 2 "a", 3 "b"
    // two "a" clips whose logit beats the best reject logit by 1.0 and 2.0 (detected while bias < margin; a tie rejects),
    // two other words whose best target logit beats the reject logits by 0.5 and 1.5 (rejected once bias >= margin),
    // one silence clip (never judged)
    private static final int[] TRUTH = {2, 2, 1, 1, 0};
    private static final float[][] LOGITS = {
            {0f, 0.5f, 1.5f, -3f},
            {-1f, 0f, 2f, 0f},
            {0f, 0f, 0.5f, 0.2f},
            {0f, -1f, 0.3f, 1.5f},
            {5f, 0f, 0f, 0f}};

    @Test
    void ratesCountDetectedKeywordsAndRejectedOtherWords() {
        OperatingPoint.Rates r0 = OperatingPoint.rates(TRUTH, LOGITS, 0);
        assertEquals(1.0, r0.detection(), 1e-12, "both a clips detected at bias 0");
        assertEquals(0.0, r0.rejection(), 1e-12, "both other words accepted at bias 0");
        assertEquals(2, r0.keywordClips());
        assertEquals(2, r0.otherWords());
        OperatingPoint.Rates r = OperatingPoint.rates(TRUTH, LOGITS, 1.0);
        assertEquals(0.5, r.detection(), 1e-12, "the margin-1.0 clip ties and is rejected");
        assertEquals(0.5, r.rejection(), 1e-12, "the margin-0.5 word is rejected, the 1.5 one not");
        assertEquals(1.0, OperatingPoint.rates(TRUTH, LOGITS, 1.5).rejection(), 1e-12);
        assertEquals(0.0, OperatingPoint.rates(TRUTH, LOGITS, 2.0).detection(), 1e-12);
    }

    @Test
    void choosesTheCentreOfTheBestPlateau() {
        // score = min(detection / 0.9, rejection / 0.95): 0 below 0.5; 0.526 on [0.5, 1.5); 0.556 on [1.5, 2); 0 from 2.
        // The best plateau on the 1/8 grid is 1.5, 1.625, 1.75, 1.875: its centre (lower middle) is 1.625.
        OperatingPoint.Choice c = OperatingPoint.choose(TRUTH, LOGITS, OperatingPoint.Targets.defaults());
        assertEquals(1.625, c.bias(), 1e-12);
        assertEquals(0.0, c.before().rejection(), 1e-12);
        assertEquals(0.5, c.after().detection(), 1e-12);
        assertEquals(1.0, c.after().rejection(), 1e-12);
    }

    @Test
    void nothingToBalanceLeavesTheBiasAtZero() {
        OperatingPoint.Choice c = OperatingPoint.choose(new int[]{2, 0}, new float[][]{{0, 0, 1, 0}, {1, 0, 0, 0}},
                OperatingPoint.Targets.defaults());
        assertEquals(0, c.bias(), "no other-word clip on the validation split");
        assertTrue(Double.isNaN(c.after().rejection()));
    }

    @Test
    void theBiasIsFoldedIntoTheLastLayerSoEveryRuntimeSeesIt() {
        float[] w = {0.1f, -0.2f, 0.3f, 0.4f, 0.5f, -0.6f, 0.7f, 0.8f, -0.9f, 1.0f, 1.1f, -1.2f};
        float[] b = {0.01f, 0.02f, 0.03f, 0.04f};
        FloatOp fc = new FloatOp(FloatOp.Kind.FULLY_CONNECTED, new int[]{-1}, 4, 1, 1, 1, 1, FloatOp.Padding.VALID,
                FloatOp.Activation.NONE, w, b);
        FloatModel m = new FloatModel("fc", DataConfig.defaults(), new int[]{1, 1, 3}, List.of(fc),
                List.of("_silence_", "_unknown_", "a", "b"));
        FloatModel shifted = OperatingPoint.apply(m, 0.75);
        float[] x = {0.3f, -1.2f, 2.0f};
        float[] before = new FloatModelRunner(m).logits(x), after = new FloatModelRunner(shifted).logits(x);
        assertEquals(before[0] + 0.75f, after[0], 1e-6);
        assertEquals(before[1] + 0.75f, after[1], 1e-6);
        assertEquals(before[2], after[2], 0);
        assertEquals(before[3], after[3], 0);
        assertArrayEquals(new float[]{0.01f, 0.02f, 0.03f, 0.04f}, b, "the trained model is not changed");
        assertSame(m, OperatingPoint.apply(m, 0), "bias 0 is the model itself");
    }

    @Test
    void theDefaultIsChosenForDetectorsOnlyAndTheOptionParses() {
        assertTrue(OperatingPoint.Setting.defaultFor(LabelSet.of(List.of("marvin", "sheila"))).auto());
        OperatingPoint.Setting commands = OperatingPoint.Setting.defaultFor(LabelSet.of(LabelSet.GSC_TEN));
        assertFalse(commands.auto());
        assertEquals(0, commands.bias());
        assertTrue(OperatingPoint.Setting.parse("AUTO").auto());
        assertEquals(0, OperatingPoint.Setting.parse("off").bias());
        assertEquals(-0.5, OperatingPoint.Setting.parse("-0.5").bias());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OperatingPoint.Setting.parse("high"));
        assertTrue(e.getMessage().contains("'high' is not auto, off or a bias"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OperatingPoint.Setting.parse("NaN"));
    }
}
