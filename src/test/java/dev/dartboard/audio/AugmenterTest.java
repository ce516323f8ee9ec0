package dev.dartboard.audio;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AugmenterTest {
    private final AudioEffects effects = new AudioEffects(new Resampler());
    private final PcmClip word = new PcmClip(Signals.tone(700, 16000, 16000, 0.3), 16000);
    private final List<PcmClip> noise = List.of(new PcmClip(AudioEffectsTest.gaussian(8000, 3), 16000),
            new PcmClip(AudioEffectsTest.gaussian(12000, 4), 16000));
    private final AugmentSpec busy = new AugmentSpec(100, 0.8, 0, 20, -6, 6, 0.9, 1.1, 2);

    @Test
    void sameSeedAndDrawGiveTheSameClip() {
        PcmClip a = new Augmenter(42, busy, noise, effects).augment(word, 5);
        PcmClip b = new Augmenter(42, busy, noise, effects).augment(word, 5);
        assertArrayEquals(a.samples(), b.samples());
    }

    @Test
    void otherSeedOrDrawGivesOtherParameters() {
        Augmenter a = new Augmenter(42, busy, noise, effects);
        assertFalse(a.draw(5).equals(a.draw(6)));
        assertFalse(a.draw(5).equals(new Augmenter(43, busy, noise, effects).draw(5)));
    }

    @Test
    void drawsStayInsideTheSpecRanges() {
        Augmenter a = new Augmenter(1, busy, noise, effects);
        int noisy = 0;
        for (long i = 0; i < 1000; i++) {
            Augmenter.Draw d = a.draw(i);
            assertTrue(d.speed() >= 0.9 && d.speed() <= 1.1, d.toString());
            assertTrue(Math.abs(d.pitchSemitones()) <= 2 && Math.abs(d.shiftMs()) <= 100, d.toString());
            assertTrue(d.gainDb() >= -6 && d.gainDb() <= 6 && d.snrDb() >= 0 && d.snrDb() <= 20, d.toString());
            if (d.background() >= 0) noisy++;
        }
        assertEquals(800, noisy, 40, "noise probability 0.8 over 1000 draws");
    }

    @Test
    void noneSpecReturnsTheClipUnchanged() {
        PcmClip out = new Augmenter(9, AugmentSpec.NONE, noise, effects).augment(word, 0);
        assertArrayEquals(word.samples(), out.samples());
    }

    @Test
    void noiseOnlySpecAchievesTheFixedSnr() {
        AugmentSpec spec = new AugmentSpec(0, 1, 15, 15, 0, 0, 1, 1, 0);
        PcmClip out = new Augmenter(9, spec, noise, effects).augment(word, 3);
        assertEquals(15, AudioEffectsTest.achievedSnrDb(word.samples(), out.samples()), 0.1);
    }

    @Test
    void gainAndShiftOnlySpecMatchesAHandComputation() {
        AugmentSpec spec = new AugmentSpec(10, 0, 0, 0, 6, 6, 1, 1, 0);
        Augmenter a = new Augmenter(9, spec, List.of(), effects);
        int shift = (int) Math.round(a.draw(0).shiftMs() * 16);
        float[] out = a.augment(word, 0).samples();
        double g = Math.pow(10, 6 / 20.0);
        for (int i = Math.max(0, shift); i < Math.min(16000, 16000 + shift); i++)
            assertEquals(word.samples()[i - shift] * g, out[i], 1e-6, "sample " + i);
    }

    @Test
    void specRejectsInvertedRanges() {
        assertThrows(IllegalArgumentException.class, () -> new AugmentSpec(0, 0, 10, 5, 0, 0, 1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new AugmentSpec(0, 1.5, 0, 0, 0, 0, 1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new AugmentSpec(0, 0, 0, 0, 0, 0, 0, 1, 0));
    }
}
