package dev.dartboard.audio.tts;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClipComposerTest {

    @Test
    void trimKeepsTheWordAndTheMargin() {
        float[] x = new float[1000];
        for (int i = 300; i < 600; i++) x[i] = 0.5f;
        x[100] = 0.005f;                       // below 2% of the peak: silence
        float[] t = ClipComposer.trim(x, 10);
        assertEquals(300 + 2 * 10, t.length);
        assertEquals(0f, t[0]);
        assertEquals(0.5f, t[10]);
    }

    @Test
    void noiseIsAddedAtTheRequestedSnr() {
        float[] clip = tone(16000, 440, 0.3);
        float[] speech = clip.clone();
        float[] noise = new NoiseGenerator().generate(NoiseGenerator.Kind.WHITE, 16000, 3, 2);
        ClipComposer.addNoise(clip, ClipComposer.rms(speech), noise, 12.0, new Random(1));
        float[] added = new float[clip.length];
        for (int i = 0; i < clip.length; i++) added[i] = clip[i] - speech[i];
        double snr = 20 * Math.log10(ClipComposer.rms(speech) / ClipComposer.rms(added));
        assertEquals(12.0, snr, 0.05);
    }

    @Test
    void composedClipHasTheClipLengthAndThePeakInRange() {
        ClipComposer c = new ClipComposer(new SynthMix(-12, -6, 10, 10, 0.0));
        float[] word = tone(4000, 300, 0.9);
        float[] clip = c.compose(word, null, 16000, 16000, new Random(4));
        assertEquals(16000, clip.length);
        double peak = 0;
        for (float v : clip) peak = Math.max(peak, Math.abs(v));
        double db = 20 * Math.log10(peak);
        assertEquals(-9, db, 3.01);
    }

    private static float[] tone(int n, double f, double amp) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) x[i] = (float) (amp * Math.sin(2 * Math.PI * f * i / 16000));
        return x;
    }
}
