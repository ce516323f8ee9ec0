package dev.dartboard.device;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One protocol frame. {@code type} is a {@link FrameType} code (0..255), {@code seq} 0..65535;
 * the payload array is owned by the frame (callers must not modify it after construction).
 */
public record Frame(int type, int seq, byte[] payload) {
    public Frame {
        if (type < 0 || type > 0xFF) throw new IllegalArgumentException("type out of range: " + type);
        if (seq < 0 || seq > 0xFFFF) throw new IllegalArgumentException("seq out of range: " + seq);
        if (payload.length > FrameCodec.MAX_PAYLOAD) throw new IllegalArgumentException("payload too long: " + payload.length);
    }

    /** The payload as a little-endian buffer positioned at 0. */
    public ByteBuffer body() {
        return ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Override
    public String toString() {
        return FrameType.name(type) + "#" + seq + "[" + payload.length + "]";
    }
}
