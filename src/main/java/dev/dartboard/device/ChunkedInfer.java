package dev.dartboard.device;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One chunked INFER (INFER_BEGIN, INFER_DATA..., INFER_RUN; layouts in firmware/core/dp_proto.h):
 * stop-and-wait, every chunk acknowledged with the next offset the board expects, so a lost or damaged
 * frame is retried by {@link BoardClient} with the same seq and an OUT_OF_ORDER NAK resumes from the
 * board's offset. One thread at a time (the client's).
 */
final class ChunkedInfer {
    static final int FEATURES = 0;
    static final int PCM = 1;
    /** Data bytes per INFER_DATA: a full frame less the offset, kept even (whole samples). */
    static final int CHUNK = (FrameCodec.MAX_PAYLOAD - 4) & ~1;
    private final BoardClient client;

    ChunkedInfer(BoardClient client) {
        this.client = client;
    }

    InferResult run(int kind, byte[] data) {
        client.ack(FrameType.INFER_BEGIN, ByteBuffer.allocate(5).order(ByteOrder.LITTLE_ENDIAN).put((byte) kind).putInt(data.length).array());
        long offset = 0;
        for (int stalls = 0; offset < data.length; ) {
            int n = (int) Math.min(CHUNK, data.length - offset);
            byte[] p = ByteBuffer.allocate(4 + n).order(ByteOrder.LITTLE_ENDIAN).putInt((int) offset).put(data, (int) offset, n).array();
            Reply r = Reply.of(client.call(FrameType.INFER_DATA, p));
            boolean resume = r != null && !r.ok() && r.reason() == NakReason.OUT_OF_ORDER;
            if (r == null || !(r.ok() || resume)) throw BoardClient.rejected(FrameType.INFER_DATA, r);
            if (r.value() <= offset && ++stalls > client.policy().maxAttempts())
                throw new DeviceException(DeviceException.Kind.NO_ANSWER, "INFER_DATA stalled at offset " + offset);
            offset = r.value();
        }
        return BoardClient.result(FrameType.INFER_RUN, client.call(FrameType.INFER_RUN, new byte[0]));
    }

    static byte[] littleEndian(short[] pcm) {
        ByteBuffer b = ByteBuffer.allocate(2 * pcm.length).order(ByteOrder.LITTLE_ENDIAN);
        for (short s : pcm) b.putShort(s);
        return b.array();
    }
}
