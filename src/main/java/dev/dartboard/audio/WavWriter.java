package dev.dartboard.audio;

import dev.dartboard.io.AtomicFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * Writes {@link PcmClip}s as 16-bit PCM mono WAV files, atomically ({@link AtomicFiles}): a reader
 * sees either the old file or the complete new one. Samples are scaled by 32768 (the
 * inverse of {@link WavReader}'s 16-bit decoding, so k/32768 writes back as k exactly), rounded and
 * clamped to the 16-bit range (1.0 → 32767, −1.0 → −32768). Stateless and thread-safe
 * (concurrent writes to the same path: the last move wins).
 */
public final class WavWriter {
    private static final int HEADER_BYTES = 44;

    /** Writes {@code clip} to {@code file}, replacing any existing file. */
    public void write(Path file, PcmClip clip) throws IOException {
        AtomicFiles.write(file, encode(clip).array());
    }

    /** The complete file image: 44-byte canonical header + little-endian 16-bit samples. */
    static ByteBuffer encode(PcmClip clip) {
        float[] s = clip.samples();
        int dataBytes = 2 * s.length;
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("RIFF")).putInt(36 + dataBytes).put(ascii("WAVE"));
        b.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(clip.sampleRate()).putInt(2 * clip.sampleRate()).putShort((short) 2).putShort((short) 16);
        b.put(ascii("data")).putInt(dataBytes);
        for (float v : s) b.putShort(toPcm16(v));
        return b.flip();
    }

    /** Rounds v·32768 to the nearest 16-bit sample, clamped to [−32768, 32767]; NaN becomes 0. */
    static short toPcm16(float v) {
        if (Float.isNaN(v)) return 0;
        long k = Math.round(Math.max(-1.0, Math.min(1.0, v)) * 32768.0);
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, k));
    }

    private static byte[] ascii(String s) { return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII); }
}
