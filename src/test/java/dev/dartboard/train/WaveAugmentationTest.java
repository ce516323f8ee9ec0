package dev.dartboard.train;

import dev.dartboard.audio.Augmenter;
import dev.dartboard.audio.PcmClip;
import dev.dartboard.audio.tts.NoiseGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Waveform augmentation measured on the waveform: reproducible, SNR as drawn, shift and gain as drawn. */
class WaveAugmentationTest {
    static final int RATE = 16_000;
    static final List<PcmClip> NOISE = List.of(
            new PcmClip(new NoiseGenerator().generate(NoiseGenerator.Kind.WHITE, RATE, 2, 1), RATE),
            new PcmClip(new NoiseGenerator().generate(NoiseGenerator.Kind.HUM, RATE, 2, 2), RATE));

    /** A 440 Hz tone under a Hann envelope in the middle half of one second. */
    static float[] tone() {
        float[] x = new float[RATE];
        for (int i = RATE / 4; i < 3 * RATE / 4; i++)
            x[i] = (float) (0.3 * Math.sin(2 * Math.PI * 440 * i / RATE) * Math.pow(Math.sin(Math.PI * (i - RATE / 4.0) / (RATE / 2.0)), 2));
        return x;
    }

    @Test
    void sameSeedAndDrawGiveTheSameWaveformAndOtherDrawsDiffer() {
        float[] x = tone();
        WaveAugmentation a = new WaveAugmentation(7, Augment.AUDIO_SPEED, NOISE), b = new WaveAugmentation(7, Augment.AUDIO_SPEED, NOISE);
        for (long d = 0; d < 5; d++) assertArrayEquals(a.apply(x, RATE, d), b.apply(x, RATE, d), 0f, "draw " + d);
        assertFalse(java.util.Arrays.equals(a.apply(x, RATE, 0), a.apply(x, RATE, 1)));
        assertFalse(java.util.Arrays.equals(a.apply(x, RATE, 0), new WaveAugmentation(8, Augment.AUDIO_SPEED, NOISE).apply(x, RATE, 0)));
        assertArrayEquals(tone(), x, 0f, "the input is not modified");
        assertEquals(RATE, a.apply(x, RATE, 3).length);
    }

    @Test
    void noiseIsMixedAtTheDrawnSnrWithinAFifthOfADecibel() {
        float[] x = tone();
        WaveAugmentation noisy = new WaveAugmentation(3, Augment.AUDIO, NOISE);
        WaveAugmentation clean = new WaveAugmentation(3, Augment.AUDIO, List.of()); // same gain and shift draws, no noise
        int mixed = 0;
        for (long d = 0; d < 40; d++) {
            Augmenter.Draw draw = noisy.draw(d);
            float[] y = noisy.apply(x, RATE, d), s = clean.apply(x, RATE, d);
            double ps = 0, pn = 0;
            for (int i = 0; i < y.length; i++) { ps += (double) s[i] * s[i]; pn += (double) (y[i] - s[i]) * (y[i] - s[i]); }
            if (draw.background() < 0) { assertEquals(0, pn, "draw " + d + " mixes no noise"); continue; }
            mixed++;
            assertTrue(draw.snrDb() >= Augment.MIN_SNR_DB && draw.snrDb() <= Augment.MAX_SNR_DB, "SNR range " + draw.snrDb());
            assertEquals(draw.snrDb(), 10 * Math.log10(ps / pn), 0.2, "draw " + d);
        }
        assertTrue(mixed >= 24 && mixed <= 38, "about 80% of 40 draws are noisy: " + mixed);
    }

    @Test
    void anImpulseMovesByTheDrawnShiftAndScalesByTheDrawnGain() {
        float[] x = new float[RATE];
        x[8000] = 0.5f;
        WaveAugmentation w = new WaveAugmentation(11, Augment.AUDIO, List.of());
        int moved = 0;
        for (long d = 0; d < 20; d++) {
            Augmenter.Draw draw = w.draw(d);
            int at = 8000 + (int) Math.round(draw.shiftMs() * RATE / 1000);
            float[] y = w.apply(x, RATE, d);
            float[] expected = new float[RATE];
            expected[at] = (float) (0.5 * Math.pow(10, draw.gainDb() / 20));
            assertArrayEquals(expected, y, 1e-6f, "draw " + d + ": shift " + draw.shiftMs() + " ms");
            assertTrue(Math.abs(draw.shiftMs()) <= 100);
            if (at != 8000) moved++;
        }
        assertTrue(moved > 15, "shifts are drawn, not fixed");
    }

    @Test
    void speedChangesThePitchByTheDrawnFactorAndKeepsTheLength() {
        float[] x = new float[RATE];
        for (int i = 0; i < RATE; i++) x[i] = (float) (0.3 * Math.sin(2 * Math.PI * 500 * i / RATE));
        WaveAugmentation w = new WaveAugmentation(5, Augment.AUDIO_SPEED, List.of());
        WaveAugmentation still = new WaveAugmentation(5, Augment.AUDIO, List.of());
        for (long d = 0; d < 6; d++) {
            double s = w.speed(d);
            assertTrue(Math.abs(s - 1) <= Augment.SPEED_CHANGE + 1e-12, "speed " + s);
            if (s == 1) continue;
            // zero crossings in the central 0.5 s (inside the sped-up tone whatever the shift): 2 · f · s per second
            float[] y = w.apply(x, RATE, d), ref = still.apply(x, RATE, d);
            assertEquals(crossings(ref) * s, crossings(y), 3, "draw " + d + " speed " + s);
        }
        assertEquals(1.0, still.speed(0));
    }

    /** Factors lie on the grid of 0.5% steps and the draws cover it evenly: 41 factors from 0.9 to 1.1. */
    @Test
    void speedFactorsAreDrawnOnAGridThatTheDrawsCover() {
        WaveAugmentation w = new WaveAugmentation(9, Augment.AUDIO_SPEED, List.of());
        java.util.Map<Long, Integer> counts = new java.util.TreeMap<>();
        for (long d = 0; d < 8200; d++) {
            double k = (w.speed(d) - 1) / WaveAugmentation.SPEED_STEP;
            assertEquals(Math.round(k), k, 1e-9, "draw " + d + " off the grid: " + w.speed(d));
            counts.merge(Math.round(k), 1, Integer::sum);
        }
        assertEquals(41, counts.size(), "every factor of 0.90, 0.905, ..., 1.10 drawn: " + counts.keySet());
        assertEquals(-20L, counts.keySet().iterator().next());
        for (int c : counts.values()) assertEquals(200, c, 60, "about 8200 / 41 draws each: " + counts);
    }

    private static int crossings(float[] y) {
        int n = 0;
        for (int i = 6000; i < 10000; i++) if ((y[i] < 0) != (y[i + 1] < 0)) n++;
        return n;
    }
}
