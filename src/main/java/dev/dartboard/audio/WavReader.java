package dev.dartboard.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads WAV files into mono {@link PcmClip}s at a target rate.
 * Thread-safe (stateless). Refusals throw {@link WavException} naming the file and the reason;
 * recoverable oddities (truncated data, decoded µ-law) are returned as notes.
 *
 * <p>FOUNDATION SLICE: only 16-bit PCM mono without resampling yet; the audio work extends it.
 */
public final class WavReader {

    /** The decoded clip plus human-readable notes about anything unusual (never null). */
    public record Result(PcmClip clip, List<String> notes) { }

    /** Reads {@code file}, mixes to mono and resamples to {@code targetRate} Hz. */
    public Result read(Path file, int targetRate) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 44) throw new WavException(file, "truncated header");
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int n = (bytes.length - 44) / 2;
        float[] s = new float[n];
        for (int i = 0; i < n; i++) s[i] = b.getShort(44 + 2 * i) / 32768f;
        int rate = b.getInt(24);
        if (rate != targetRate) throw new WavException(file, "resampling not implemented yet");
        return new Result(new PcmClip(s, rate), new ArrayList<>());
    }
}
