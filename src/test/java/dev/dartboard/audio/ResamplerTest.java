package dev.dartboard.audio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.dartboard.audio.Signals.db;
import static dev.dartboard.audio.Signals.rmsMiddle;
import static dev.dartboard.audio.Signals.tone;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResamplerTest {
    private final Resampler resampler = new Resampler();

    @Test
    void passbandToneKeepsItsLevelWithinOneDb() {
        float[] in = tone(7000, 48000, 48000, 0.5);
        float[] out = resampler.resample(in, 48000, 16000);
        double change = db(rmsMiddle(out) / (0.5 / Math.sqrt(2)));
        System.out.printf("7 kHz 48→16 kHz level change: %.4f dB%n", change);
        assertEquals(0.0, change, 1.0);
    }

    @Test
    void toneAboveTheNewNyquistIsAttenuatedByAtLeast40Db() {
        float[] in = tone(6000, 48000, 48000, 0.5);
        float[] out = resampler.resample(in, 48000, 8000);
        double attenuation = -db(rmsMiddle(out) / (0.5 / Math.sqrt(2)));
        System.out.printf("6 kHz 48→8 kHz attenuation: %.1f dB%n", attenuation);
        assertTrue(attenuation >= 40, "attenuation " + attenuation + " dB");
    }

    @Test
    void toneJustAboveTheNewNyquistIsRemovedBeforeItAliases() {
        float[] out = resampler.resample(tone(8500, 48000, 48000, 0.5), 48000, 16000);
        double attenuation = -db(rmsMiddle(out) / (0.5 / Math.sqrt(2)));
        System.out.printf("8.5 kHz 48→16 kHz attenuation: %.1f dB%n", attenuation);
        assertTrue(attenuation >= 75, "attenuation " + attenuation + " dB");
    }

    @ParameterizedTest
    @CsvSource({"44100, 16000", "22050, 16000", "8000, 16000", "11025, 16000", "16000, 8000"})
    void convertsCommonRatesKeepingLengthFrequencyAndLevel(int from, int to) {
        float[] in = tone(1000, from, from, 0.5);
        float[] out = resampler.resample(in, from, to);
        assertEquals(to, out.length, "one second stays one second");
        float[] reference = tone(1000, to, to, 0.5);
        double maxError = 0;
        for (int i = to / 4; i < 3 * to / 4; i++) maxError = Math.max(maxError, Math.abs(out[i] - reference[i]));
        assertTrue(maxError < 1e-3, from + "→" + to + " max error vs. a tone generated at the target rate: " + maxError);
    }

    @Test
    void identityWhenRatesMatchReturnsAnEqualCopy() {
        float[] in = tone(440, 16000, 1600, 0.3);
        float[] out = resampler.resample(in, 16000, 16000);
        assertArrayEquals(in, out);
        assertNotSame(in, out);
    }

    @Test
    void lengthIsRoundedToTheNearestSample() {
        assertEquals(Math.round(1001 * 16000 / 44100.0), resampler.resample(new float[1001], 44100, 16000).length);
    }

    @ParameterizedTest
    @CsvSource({"22050, 16000, 11025", "44100, 16000, 20000", "48000, 16000, 4801", "8000, 16000, 999", "11025, 16000, 5000",
            "16000, 8000, 3000", "22050, 16000, 7", "16000, 44100, 300"})
    void polyphaseTablesGiveTheTapByTapSumIncludingBothEdges(int from, int to, int length) {
        float[] in = new float[length];
        java.util.Random rng = new java.util.Random(from + 31L * length);
        for (int i = 0; i < length; i++) in[i] = (float) (rng.nextGaussian() * 0.3);
        float[] fast = resampler.resample(in, from, to), direct = resampler.resampleDirect(in, from, to);
        assertEquals(direct.length, fast.length);
        for (int i = 0; i < fast.length; i++) assertEquals(direct[i], fast[i], 1e-6, from + "→" + to + " sample " + i);
    }

    /** Speed changes at 0.5% steps are many rate pairs: past the tables kept, a pair is still converted by its table, not kept. */
    @Test
    void moreRatePairsThanTablesKeptAreConvertedAlikeAndMemoryStaysBounded() {
        Resampler r = new Resampler();
        float[] in = new float[2000];
        java.util.Random rng = new java.util.Random(4);
        for (int i = 0; i < in.length; i++) in[i] = (float) (rng.nextGaussian() * 0.3);
        for (int k = 0; k < Resampler.MAX_TABLES + 16; k++) {
            int from = 12040 + 80 * k;   // 16 kHz sped by 0.7525, 0.7575, ... (never 1; 400 phases each)
            float[] fast = r.resample(in, from, 16000), direct = r.resampleDirect(in, from, 16000);
            for (int i = 0; i < fast.length; i++) assertEquals(direct[i], fast[i], 1e-6, from + " Hz, sample " + i);
        }
        assertEquals(Resampler.MAX_TABLES, r.tablesKept());
    }

    @Test
    void besselI0MatchesTabulatedValues() {
        assertEquals(1.0, Resampler.besselI0(0), 1e-12);
        assertEquals(2.2795853023, Resampler.besselI0(2), 1e-9); // Abramowitz & Stegun table 9.8
        assertEquals(2815.716628, Resampler.besselI0(10), 1e-5);
    }
}
