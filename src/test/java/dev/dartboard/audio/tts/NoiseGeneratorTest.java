package dev.dartboard.audio.tts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoiseGeneratorTest {
    private final NoiseGenerator gen = new NoiseGenerator();

    @Test
    void everyKindHasRmsOfMinus20Dbfs() {
        for (NoiseGenerator.Kind k : NoiseGenerator.Kind.values()) {
            float[] x = gen.generate(k, 16000, 2.0, 7);
            assertEquals(32000, x.length);
            assertEquals(0.1, ClipComposer.rms(x), 0.005, k.name());
        }
    }

    @Test
    void sameSeedSameNoise() {
        assertArrayEquals(gen.generate(NoiseGenerator.Kind.PINK, 8000, 1, 3), gen.generate(NoiseGenerator.Kind.PINK, 8000, 1, 3));
    }

    @Test
    void pinkFallsAboutThreeDbPerOctaveAndBrownAboutSix() {
        double pink = octaveSlopeDb(gen.generate(NoiseGenerator.Kind.PINK, 16000, 4, 1));
        double brown = octaveSlopeDb(gen.generate(NoiseGenerator.Kind.BROWN, 16000, 4, 1));
        double white = octaveSlopeDb(gen.generate(NoiseGenerator.Kind.WHITE, 16000, 4, 1));
        assertEquals(-3.0, pink, 1.0, "pink slope");
        assertEquals(-6.0, brown, 1.0, "brown slope");
        assertEquals(0.0, white, 1.0, "white slope");
    }

    @Test
    void humPeaksBetween50And60Hz() {
        float[] x = gen.generate(NoiseGenerator.Kind.HUM, 8000, 2, 5);
        double best = 0, bestF = 0;
        for (int f = 30; f <= 100; f++) {
            double p = power(x, f, 8000);
            if (p > best) { best = p; bestF = f; }
        }
        assertTrue(bestF >= 50 && bestF <= 60, "hum fundamental at " + bestF + " Hz");
    }

    /** Welch estimate (Hann, 1024-sample segments): mean density of 1–2 kHz over 0.5–1 kHz, in dB. */
    private static double octaveSlopeDb(float[] x) {
        int seg = 1024;
        double low = 0, high = 0;
        for (int start = 0; start + seg <= x.length; start += seg) {
            float[] w = new float[seg];
            for (int i = 0; i < seg; i++)
                w[i] = (float) (x[start + i] * (0.5 - 0.5 * Math.cos(2 * Math.PI * i / seg)));
            for (int k = 32; k < 64; k++) low += power(w, k * 16000.0 / seg, 16000);
            for (int k = 64; k < 128; k++) high += power(w, k * 16000.0 / seg, 16000) / 2;
        }
        return 10 * Math.log10(high / low);
    }

    /** |DFT|² of x at frequency f (Goertzel-style direct sum). */
    private static double power(float[] x, double f, int rate) {
        double re = 0, im = 0, w = 2 * Math.PI * f / rate;
        for (int i = 0; i < x.length; i++) {
            re += x[i] * Math.cos(w * i);
            im -= x[i] * Math.sin(w * i);
        }
        return re * re + im * im;
    }
}
