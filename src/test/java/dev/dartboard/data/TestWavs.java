package dev.dartboard.data;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes test WAVs with javax.sound (an implementation independent of ours). */
final class TestWavs {
    private TestWavs() { }

    /** 16-bit PCM mono at {@code rate}; samples are 16-bit integer values. */
    static Path write(Path file, int rate, short... samples) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short s : samples) b.putShort(s);
        Files.createDirectories(file.getParent());
        AudioFormat f = new AudioFormat(rate, 16, 1, true, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(b.array()), f, samples.length)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
        return file;
    }

    /** {@code n} samples of a ramp 0, 1, 2, … (as 16-bit values) at 16 kHz. */
    static Path ramp(Path file, int n) throws IOException {
        short[] s = new short[n];
        for (int i = 0; i < n; i++) s[i] = (short) i;
        return write(file, 16000, s);
    }

    /** An empty placeholder file (enough for scanning, which reads no audio). */
    static Path touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, new byte[0]);
    }
}
