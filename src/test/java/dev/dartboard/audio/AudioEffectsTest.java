package dev.dartboard.audio;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static dev.dartboard.audio.Signals.dominantFrequency;
import static dev.dartboard.audio.Signals.tone;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class AudioEffectsTest {
    private final AudioEffects fx = new AudioEffects(new Resampler());

    /** 10·log10(Σx² / Σ(y − x)²): the SNR actually achieved by a mix y of x. */
    static double achievedSnrDb(float[] x, float[] y) {
        double ps = 0, pn = 0;
        for (int i = 0; i < x.length; i++) {
            ps += (double) x[i] * x[i];
            pn += ((double) y[i] - x[i]) * ((double) y[i] - x[i]);
        }
        return 10 * Math.log10(ps / pn);
    }

    static float[] gaussian(int n, long seed) {
        Random r = new Random(seed);
        float[] s = new float[n];
        for (int i = 0; i < n; i++) s[i] = (float) (0.3 * r.nextGaussian());
        return s;
    }

    @Test
    void shiftDelaysOrAdvancesWithZeroFill() {
        float[] x = {1, 2, 3, 4};
        assertArrayEquals(new float[] {0, 1, 2, 3}, fx.shift(x, 1));
        assertArrayEquals(new float[] {3, 4, 0, 0}, fx.shift(x, -2));
        assertArrayEquals(new float[] {0, 0, 0, 0}, fx.shift(x, 9));
    }

    @Test
    void gainInDb() {
        assertArrayEquals(new float[] {0.5f, -0.1f}, fx.gain(new float[] {0.25f, -0.05f}, 20 * Math.log10(2)), 1e-7f);
        assertArrayEquals(new float[] {0.025f}, fx.gain(new float[] {0.25f}, -20), 1e-8f);
    }

    @Test
    void noiseIsMixedAtTheRequestedSnrWithinATenthOfADb() {
        float[] speech = tone(440, 16000, 16000, 0.4);
        float[] noise = gaussian(5000, 7); // shorter than the clip: looped
        for (double snr : new double[] {-5, 0, 10, 20, 40}) {
            float[] mixed = fx.mixAtSnr(speech, noise, snr, 1234);
            assertEquals(snr, achievedSnrDb(speech, mixed), 0.1, "SNR " + snr);
        }
    }

    @Test
    void noiseLoopsFromTheOffset() {
        float[] mixed = fx.mixAtSnr(new float[] {1, 1, 1, 1}, new float[] {1, 0}, 0, 1);
        // noise from offset 1: 0, 1, 0, 1 → P_n = 0.5 before scaling, P_s = 1, so k = sqrt(2).
        assertArrayEquals(new float[] {1, 1 + (float) Math.sqrt(2), 1, 1 + (float) Math.sqrt(2)}, mixed, 1e-6f);
    }

    @Test
    void silentNoiseLeavesTheSignalUnchanged() {
        float[] x = {0.1f, 0.2f};
        assertArrayEquals(x, fx.mixAtSnr(x, new float[8], 10, 0));
    }

    @Test
    void speedChangesDurationAndFrequencyTogether() {
        float[] y = fx.speed(tone(1000, 16000, 16000, 0.5), 16000, 1.25);
        assertEquals(12800, y.length);
        assertEquals(1250, dominantFrequency(y, 16000, 900, 1500), 1.0);
    }

    @Test
    void pitchShiftMovesTheToneAndKeepsTheDuration() {
        float[] x = tone(1000, 16000, 16000, 0.5);
        float[] up = fx.pitchShift(x, 16000, 2);
        assertEquals(16000, up.length);
        assertEquals(1000 * Math.pow(2, 2 / 12.0), dominantFrequency(up, 16000, 800, 1400), 3.0); // 1122.5 Hz
        float[] down = fx.pitchShift(x, 16000, -3);
        assertEquals(1000 * Math.pow(2, -3 / 12.0), dominantFrequency(down, 16000, 700, 1300), 3.0); // 840.9 Hz
    }

    @Test
    void timeStretchKeepsPitchAndLevel() {
        TimeStretcher stretcher = new TimeStretcher(480, 200);
        float[] y = stretcher.stretch(tone(1000, 16000, 16000, 0.5), 1.5);
        assertEquals(24000, y.length);
        assertEquals(1000, dominantFrequency(y, 16000, 800, 1200), 1.0);
        assertEquals(0.5 / Math.sqrt(2), Signals.rmsMiddle(y), 0.02);
    }
}
