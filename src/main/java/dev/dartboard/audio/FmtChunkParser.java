package dev.dartboard.audio;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Map;

/**
 * Decodes a {@code fmt } chunk body into a {@link WavFormat}, resolving WAVE_FORMAT_EXTENSIBLE to
 * its sub-format and refusing what Dartboard cannot decode. Stateless and thread-safe.
 */
final class FmtChunkParser {
    static final int EXTENSIBLE = 0xFFFE;
    /** Bytes 2..15 of every standard KSDATAFORMAT_SUBTYPE GUID (…-0000-0010-8000-00AA00389B71). */
    private static final byte[] GUID_TAIL = {0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38,
            (byte) 0x9B, 0x71};
    private static final Map<Integer, String> COMPRESSED = Map.of(0x0002, "MS ADPCM", 0x0011, "IMA ADPCM",
            0x0031, "GSM 6.10", 0x0050, "MPEG", 0x0055, "MPEG Layer 3", 0x0161, "WMA", 0x2000, "AC-3");
    /** Highest sample rate accepted, Hz: beyond it the header is garbage, not audio. */
    static final long MAX_RATE = 768_000;

    /**
     * @param b    the whole file, little-endian
     * @param body offset of the chunk body
     * @param size chunk size as declared (unsigned)
     */
    WavFormat parse(Path file, ByteBuffer b, int body, long size) throws WavException {
        if (size < 16 && body + size <= b.limit()) throw new WavException(file, "fmt chunk too short: " + size + " bytes");
        if (body + 16 > b.limit()) throw new WavException(file, "truncated header");
        int tag = b.getShort(body) & 0xFFFF;
        int channels = b.getShort(body + 2) & 0xFFFF;
        long rate = Integer.toUnsignedLong(b.getInt(body + 4));
        int bits = b.getShort(body + 14) & 0xFFFF;
        if (tag == EXTENSIBLE) tag = subFormat(file, b, body, size);
        if (channels == 0) throw new WavException(file, "zero channels");
        if (rate == 0) throw new WavException(file, "zero sample rate");
        if (rate > MAX_RATE) throw new WavException(file, "unsupported sample rate: " + rate + " Hz");
        WavFormat.Encoding encoding = encoding(file, tag);
        checkBits(file, encoding, bits);
        return new WavFormat(encoding, channels, (int) rate, bits);
    }

    private static int subFormat(Path file, ByteBuffer b, int body, long size) throws WavException {
        if (size < 40 && body + size <= b.limit())
            throw new WavException(file, "extensible fmt chunk too short: " + size + " bytes");
        if (body + 40 > b.limit()) throw new WavException(file, "truncated header");
        for (int i = 0; i < GUID_TAIL.length; i++) {
            if (b.get(body + 26 + i) != GUID_TAIL[i])
                throw new WavException(file, "unsupported WAVE_FORMAT_EXTENSIBLE sub-format GUID");
        }
        return b.getShort(body + 24) & 0xFFFF;
    }

    private static WavFormat.Encoding encoding(Path file, int tag) throws WavException {
        WavFormat.Encoding e = WavFormat.Encoding.ofTag(tag);
        if (e != null) return e;
        String name = COMPRESSED.getOrDefault(tag, "unknown");
        throw new WavException(file, String.format("unsupported compressed format 0x%04X (%s)", tag, name));
    }

    private static void checkBits(Path file, WavFormat.Encoding e, int bits) throws WavException {
        boolean ok = switch (e) {
            case PCM -> bits == 8 || bits == 16 || bits == 24 || bits == 32;
            case FLOAT -> bits == 32 || bits == 64;
            case A_LAW, MU_LAW -> bits == 8;
        };
        if (!ok) throw new WavException(file, "unsupported bits per sample: " + bits + " for " + e);
    }
}
