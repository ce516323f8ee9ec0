package dev.dartboard.device;

import dev.dartboard.audio.PcmClip;
import dev.dartboard.audio.WavReader;
import dev.dartboard.audio.WavWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Test audio from samples/: the first clip of a word folder as 16-bit PCM, and WAV writing. */
final class PcmClips {
    private PcmClips() { }

    /** The first WAV (by name) of samples/WORD, at {@code rate}, fitted to {@code n} samples. */
    static short[] first(String word, int rate, int n) throws IOException {
        Path p;
        try (Stream<Path> s = Files.list(Path.of("samples", word))) { p = s.filter(f -> f.toString().endsWith(".wav")).sorted().findFirst().orElseThrow(); }
        return pcm(new WavReader().read(p, rate).clip().fitTo(n).samples());
    }

    static short[] pcm(float[] x) {
        short[] s = new short[x.length];
        for (int i = 0; i < x.length; i++) s[i] = (short) Math.max(-32768, Math.min(32767, Math.round(x[i] * 32768)));
        return s;
    }

    /** Writes pcm as a 16-bit mono WAV; returns the samples as they read back (what the simulator plays). */
    static short[] write(Path file, short[] pcm, int rate) throws IOException {
        float[] x = new float[pcm.length];
        for (int i = 0; i < x.length; i++) x[i] = pcm[i] / 32768f;
        new WavWriter().write(file, new PcmClip(x, rate));
        return pcm(new WavReader().read(file, rate).clip().samples());
    }

    static short[] concat(short[]... parts) {
        int n = 0;
        for (short[] p : parts) n += p.length;
        short[] out = new short[n];
        int at = 0;
        for (short[] p : parts) { System.arraycopy(p, 0, out, at, p.length); at += p.length; }
        return out;
    }
}
