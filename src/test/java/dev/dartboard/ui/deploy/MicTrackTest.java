package dev.dartboard.ui.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The simulator's microphone track is written at the flashed model's rate: 16 kHz clips played for an 8 kHz model come out
 * as 8 kHz 16-bit mono files of half the length that keep a tone below 4 kHz at its level and drop one above 4 kHz (which a
 * plain copy or decimation would keep or fold to 8000 − f); clips already at the rate are written sample for sample.
 * Files are written and read back with javax.sound and tone levels measured with a Goertzel filter, independently of the
 * project's audio code.
 */
class MicTrackTest {
    @TempDir Path dir;

    @Test
    void sixteenKilohertzClipsPlayedForAnEightKilohertzModelAreResampled() throws Exception {
        Path data = dir.resolve("data");
        // yes: 1 kHz (kept) + 5.5 kHz (above the 8 kHz Nyquist: would fold to 2.5 kHz); no: 2 kHz, 0.5 s
        write(data.resolve("yes/a.wav"), tones(16000, 16000, new double[] {1000, 0.3}, new double[] {5500, 0.3}), 16000);
        write(data.resolve("no/b.wav"), tones(16000, 8000, new double[] {2000, 0.4}), 16000);
        Path out = MicTrack.write(data, List.of("yes", "no"), 2, 8000, dir.resolve("mic"));

        List<Path> files;
        try (var list = Files.list(out)) { files = list.sorted().toList(); }
        assertEquals(List.of("000_yes_a.wav", "001_no_b.wav"), files.stream().map(p -> p.getFileName().toString()).toList());
        double[] yes = read(files.get(0), 8000), no = read(files.get(1), 8000);
        assertEquals(8000, yes.length);
        assertEquals(4000, no.length);
        // amplitudes measured away from the clip edges (the resampler's kernel reaches 64 samples past them)
        assertEquals(0.3, amplitude(yes, 8000, 1000), 0.015, "the 1 kHz tone keeps its level");
        assertTrue(amplitude(yes, 8000, 2500) < 0.003, "the 5.5 kHz tone is filtered out, not folded to 2.5 kHz: " + amplitude(yes, 8000, 2500));
        assertEquals(0.4, amplitude(no, 8000, 2000), 0.02, "the 2 kHz tone keeps its level");
    }

    @Test
    void clipsAlreadyAtTheModelsRateAreWrittenSampleForSample() throws Exception {
        Path data = dir.resolve("data");
        double[] noise = new double[4000];
        Random r = new Random(5);
        for (int i = 0; i < noise.length; i++) noise[i] = Math.round(r.nextGaussian() * 3000) / 32768.0;
        write(data.resolve("up/c.wav"), noise, 16000);
        Path out = MicTrack.write(data, List.of("up", "down"), 2, 16000, dir.resolve("mic"));
        assertArrayEquals(noise, read(out.resolve("000_up_c.wav"), 16000));
    }

    /** Sum of {frequency, amplitude} sines at {@code rate}, {@code n} samples. */
    static double[] tones(int rate, int n, double[]... tones) {
        double[] x = new double[n];
        for (double[] t : tones)
            for (int i = 0; i < n; i++) x[i] += t[1] * Math.sin(2 * Math.PI * t[0] * i / rate);
        return x;
    }

    /** The amplitude of the {@code hz} component in x[256 .. n−256) (Goertzel, Hann window). */
    static double amplitude(double[] x, int rate, double hz) {
        int from = 256, n = x.length - 512;
        double w = 2 * Math.PI * hz / rate, c = 2 * Math.cos(w), s1 = 0, s2 = 0, gain = 0;
        for (int i = 0; i < n; i++) {
            double hann = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1));
            gain += hann;
            double s = x[from + i] * hann + c * s1 - s2;
            s2 = s1;
            s1 = s;
        }
        double re = s1 - s2 * Math.cos(w), im = s2 * Math.sin(w);
        return 2 * Math.hypot(re, im) / gain;
    }

    static void write(Path file, double[] x, int rate) throws Exception {
        Files.createDirectories(file.getParent());
        ByteBuffer b = ByteBuffer.allocate(2 * x.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : x) b.putShort((short) Math.round(v * 32768));
        AudioFormat f = new AudioFormat(rate, 16, 1, true, false);
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(b.array()), f, x.length), AudioFileFormat.Type.WAVE, file.toFile());
    }

    /** A 16-bit mono WAV at {@code rate} (asserted) as samples / 32768. */
    static double[] read(Path file, int rate) throws Exception {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
            AudioFormat f = in.getFormat();
            assertEquals(rate, f.getSampleRate(), 0, file + ": sample rate");
            assertEquals(16, f.getSampleSizeInBits(), file + ": bits");
            assertEquals(1, f.getChannels(), file + ": channels");
            ByteBuffer b = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
            double[] x = new double[b.remaining() / 2];
            for (int i = 0; i < x.length; i++) x[i] = b.getShort() / 32768.0;
            return x;
        }
    }
}
