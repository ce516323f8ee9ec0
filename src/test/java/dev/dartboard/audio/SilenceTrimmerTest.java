package dev.dartboard.audio;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SilenceTrimmerTest {
    /** −50 dBFS threshold, 10 ms frames (160 samples at 16 kHz), 50 ms (800 samples) margin. */
    private final SilenceTrimmer trimmer = new SilenceTrimmer(-50, 10, 50, new LevelMeter());

    /** 0.3 s silence, 0.2 s of a 1 kHz tone at 0.5, 0.4 s silence: the tone is samples [4800, 8000). */
    private static float[] silenceToneSilence() {
        float[] s = new float[14400];
        System.arraycopy(Signals.tone(1000, 16000, 3200, 0.5), 0, s, 4800, 3200);
        return s;
    }

    @Test
    void keepsTheToneWithTheMarginEachSide() {
        float[] s = silenceToneSilence();
        PcmClip trimmed = trimmer.trim(new PcmClip(s, 16000));
        assertArrayEquals(Arrays.copyOfRange(s, 4800 - 800, 8000 + 800), trimmed.samples());
        assertEquals(16000, trimmed.sampleRate());
    }

    @Test
    void quietNoiseBelowTheThresholdCountsAsSilence() {
        float[] s = silenceToneSilence();
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < s.length; i++) if (s[i] == 0) s[i] = (float) (0.001 * r.nextGaussian()); // ≈ −60 dBFS
        assertArrayEquals(new int[] {4000, 8800}, trimmer.loudSpan(new PcmClip(s, 16000)));
    }

    @Test
    void marginIsClampedAtTheClipEdges() {
        float[] s = Signals.tone(1000, 16000, 1600, 0.5); // loud from the first to the last sample
        assertArrayEquals(new int[] {0, 1600}, trimmer.loudSpan(new PcmClip(s, 16000)));
    }

    @Test
    void frameAndMarginFollowTheClipRate() {
        // At 8 kHz: tone in [2400, 4000) → frames of 80 samples, margin 400 samples.
        float[] s = new float[7200];
        System.arraycopy(Signals.tone(500, 8000, 1600, 0.5), 0, s, 2400, 1600);
        assertArrayEquals(new int[] {2000, 4400}, trimmer.loudSpan(new PcmClip(s, 8000)));
    }

    @Test
    void allSilentClipTrimsToNothing() {
        assertEquals(0, trimmer.trim(new PcmClip(new float[16000], 16000)).samples().length);
    }
}
