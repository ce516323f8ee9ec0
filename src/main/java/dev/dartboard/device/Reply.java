package dev.dartboard.device;

import java.nio.ByteBuffer;

/**
 * An ACK or NAK: {@code ACK = ackedSeq u16, value u32}; {@code NAK = ackedSeq u16, reason u8, value u32}.
 * {@code value} is unsigned (offset, CRC, generation...; see dp_proto.h). {@code reason} is null for an ACK.
 */
public record Reply(boolean ok, int ackedSeq, NakReason reason, long value) {

    /** Parses an ACK/NAK frame; returns null for any other frame or a malformed payload. */
    public static Reply of(Frame f) {
        ByteBuffer b = f.body();
        if (f.type() == FrameType.ACK && b.remaining() == 6)
            return new Reply(true, b.getShort() & 0xFFFF, null, b.getInt() & 0xFFFFFFFFL);
        if (f.type() == FrameType.NAK && b.remaining() == 7)
            return new Reply(false, b.getShort() & 0xFFFF, NakReason.of(b.get() & 0xFF), b.getInt() & 0xFFFFFFFFL);
        return null;
    }
}
