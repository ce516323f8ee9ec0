package dev.dartboard.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * The rules {@link WavReader} applies to a {@code fmt } chunk, for readers that look at headers only
 * (e.g. {@code dataset stats}): one owner, so a header-only summary and a full read agree on what is a
 * readable clip. Stateless; thread-safe.
 */
public final class WavFormatRules {
    private WavFormatRules() { }

    /**
     * Throws the reason {@link WavReader} would refuse this fmt chunk for (zero channels, zero rate,
     * unsupported coding or bits per sample), else returns the bytes of one frame (all channels).
     *
     * @param body     the chunk body from its first byte (at least 16 bytes, 40 for WAVE_FORMAT_EXTENSIBLE)
     * @param declared the chunk size the header declares
     */
    public static int frameBytes(Path file, ByteBuffer body, long declared) throws WavException {
        ByteBuffer b = body.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        b.position(0);
        return new FmtChunkParser().parse(file, b, 0, declared).frameBytes();
    }
}
