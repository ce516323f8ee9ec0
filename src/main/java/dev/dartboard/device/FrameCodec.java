package dev.dartboard.device;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Frame layout (little-endian): {@code A5 5A | type u8 | seq u16 | len u16 | payload | crc32 u32}.
 * The CRC-32/IEEE covers bytes 2 .. 7+len-1 (type, seq, len, payload): not the magic, not itself.
 * Stateless and thread-safe.
 */
public final class FrameCodec {
    public static final int MAGIC0 = 0xA5;
    public static final int MAGIC1 = 0x5A;
    public static final int HEADER = 7;
    public static final int TRAILER = 4;
    public static final int MAX_PAYLOAD = 2048;
    public static final int MAX_FRAME = HEADER + MAX_PAYLOAD + TRAILER;

    private FrameCodec() { }

    public static byte[] encode(Frame f) {
        int len = f.payload().length;
        ByteBuffer b = ByteBuffer.allocate(HEADER + len + TRAILER).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) MAGIC0).put((byte) MAGIC1).put((byte) f.type()).putShort((short) f.seq())
                .putShort((short) len).put(f.payload());
        b.putInt((int) Crc32.of(b.array(), 2, HEADER - 2 + len));
        return b.array();
    }

    /** Decodes exactly one frame occupying all of {@code bytes}. */
    public static Frame decode(byte[] bytes) throws FrameException {
        if (bytes.length < HEADER + TRAILER) throw new FrameException(FrameException.Reason.TRUNCATED, "frame shorter than 11 bytes");
        if ((bytes[0] & 0xFF) != MAGIC0 || (bytes[1] & 0xFF) != MAGIC1)
            throw new FrameException(FrameException.Reason.BAD_MAGIC, "frame does not start with A5 5A");
        int len = u16(bytes, 5);
        if (len > MAX_PAYLOAD) throw new FrameException(FrameException.Reason.OVERSIZE, "payload length " + len + " > " + MAX_PAYLOAD);
        int total = HEADER + len + TRAILER;
        if (bytes.length < total) throw new FrameException(FrameException.Reason.TRUNCATED, "frame truncated: " + bytes.length + " of " + total + " bytes");
        if (bytes.length > total) throw new FrameException(FrameException.Reason.TRAILING_BYTES, (bytes.length - total) + " bytes after the frame");
        if (!crcMatches(bytes, 0, len)) throw new FrameException(FrameException.Reason.BAD_CRC, "CRC mismatch");
        return frameAt(bytes, 0, len);
    }

    static boolean crcMatches(byte[] buf, int start, int len) {
        long want = ByteBuffer.wrap(buf, start + HEADER + len, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
        return Crc32.of(buf, start + 2, HEADER - 2 + len) == want;
    }

    /** The frame whose header starts at {@code start}; the caller has checked magic, length and CRC. */
    static Frame frameAt(byte[] buf, int start, int len) {
        byte[] payload = new byte[len];
        System.arraycopy(buf, start + HEADER, payload, 0, len);
        return new Frame(buf[start + 2] & 0xFF, u16(buf, start + 3), payload);
    }

    static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }
}
