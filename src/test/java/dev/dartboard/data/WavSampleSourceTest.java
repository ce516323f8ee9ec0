package dev.dartboard.data;

import dev.dartboard.audio.WavReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WavSampleSourceTest {
    @TempDir Path root;

    private WavSampleSource source() {
        return new WavSampleSource(root, ClipReader.wav(new WavReader()), 16000, 8);
    }

    @Test
    void clipsArePaddedOrCroppedToTheClipLength() throws IOException {
        TestWavs.write(root.resolve("a/short.wav"), 16000, (short) 3, (short) -6, (short) 9);
        TestWavs.ramp(root.resolve("a/long.wav"), 20);
        float[] s = source().samples(Source.file("a/short.wav"));
        float[] expected = {3 / 32768f, -6 / 32768f, 9 / 32768f, 0, 0, 0, 0, 0};
        assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(s));
        assertEquals(7 / 32768f, source().samples(Source.file("a/long.wav"))[7]);
        assertEquals(8, source().samples(Source.file("a/long.wav")).length);
    }

    @Test
    void silenceSlicesAreScaledAndZeroPaddedPastTheEnd() throws IOException {
        TestWavs.ramp(root.resolve("_background_noise_/n.wav"), 12);
        WavSampleSource src = source();
        float[] s = src.samples(Source.slice("_background_noise_/n.wav", 6, 0.25f));
        float[] expected = {6 / 32768f * 0.25f, 7 / 32768f * 0.25f, 8 / 32768f * 0.25f, 9 / 32768f * 0.25f,
                10 / 32768f * 0.25f, 11 / 32768f * 0.25f, 0, 0};
        assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(s));
        assertEquals(java.util.Arrays.toString(new float[8]), java.util.Arrays.toString(src.samples(Source.slice("", 0, 0.7f))));
    }

    @Test
    void noiseFilesReportTheirLengthAtTheRate() throws IOException {
        TestWavs.ramp(root.resolve("_background_noise_/n.wav"), 12);
        TestWavs.ramp(root.resolve("_background_noise_/m.wav"), 30);
        Dataset ds = new DatasetScanner(new SpeakerSplit()).scan(root);
        assertEquals(List.of(new NoiseFile("_background_noise_/m.wav", 30), new NoiseFile("_background_noise_/n.wav", 12)),
                source().noiseFiles(ds));
    }
}
