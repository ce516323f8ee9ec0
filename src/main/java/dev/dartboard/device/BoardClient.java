package dev.dartboard.device;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Request/answer calls to a board: each request is retried with the same seq on a timeout or a
 * BAD_FRAME NAK, with the wait doubling per {@link RetryPolicy}; other NAKs become a
 * {@link DeviceException} REJECTED. One thread at a time.
 */
public final class BoardClient {
    /** BEGIN's slot value meaning "the slot the board does not boot from". */
    public static final int ANY_SLOT = 0xFF;
    private final FrameChannel channel;
    private final RetryPolicy policy;

    public BoardClient(FrameChannel channel, RetryPolicy policy) {
        this.channel = channel;
        this.policy = policy;
    }

    public BoardInfo hello() {
        return BoardInfo.parse(call(FrameType.HELLO, new byte[0]));
    }

    /** Starts (or resumes) an upload; returns the offset the board expects next. */
    public long begin(long size, long crc32, int slot, long modelId) {
        ByteBuffer b = ByteBuffer.allocate(13).order(ByteOrder.LITTLE_ENDIAN)
                .putInt((int) size).putInt((int) crc32).put((byte) slot).putInt((int) modelId);
        return ack(FrameType.BEGIN, b.array()).value();
    }

    /** Ends the upload; the board verifies the CRC by reading its flash back. Returns that CRC. */
    public long end() { return ack(FrameType.END, new byte[0]).value(); }

    /** Makes the uploaded slot the boot slot; returns its generation. */
    public long commit() { return ack(FrameType.COMMIT, new byte[0]).value(); }

    public void abort() { ack(FrameType.ABORT, new byte[0]); }

    /**
     * Sets the board's keyword detection rule (LISTEN); its listener restarts with it. A firmware without LISTEN
     * answers NOT_SUPPORTED (a REJECTED DeviceException).
     */
    public void listen(DetectionRule.Config c) {
        ByteBuffer b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN)
                .put((byte) c.average()).put((byte) c.threshold()).putShort((short) c.everyFrames()).putInt((int) c.refractoryMs());
        ack(FrameType.LISTEN, b.array());
    }

    /** Runs int8 features (frames x features); inputs over one frame's payload go chunked. */
    public InferResult infer(byte[] input) {
        if (input.length > FrameCodec.MAX_PAYLOAD) return new ChunkedInfer(this).run(ChunkedInfer.FEATURES, input);
        return result(FrameType.INFER, call(FrameType.INFER, input));
    }

    /**
     * Runs one clip of 16-bit PCM at the model's sample rate (its clip length) through the board's own
     * front end and model, sent in acknowledged chunks. Needs a blob with a front end (v2, or v3 with a feature code) on the board.
     */
    public InferResult inferPcm(short[] pcm) {
        return new ChunkedInfer(this).run(ChunkedInfer.PCM, ChunkedInfer.littleEndian(pcm));
    }

    /** The RESULT in {@code f}, or the NAK it is as a REJECTED DeviceException. */
    static InferResult result(int type, Frame f) {
        if (f.type() != FrameType.RESULT) throw rejected(type, Reply.of(f));
        return InferResult.parse(f);
    }

    public FrameChannel channel() { return channel; }
    public RetryPolicy policy() { return policy; }

    Reply ack(int type, byte[] payload) {
        Reply r = Reply.of(call(type, payload));
        if (r == null || !r.ok()) throw rejected(type, r);
        return r;
    }

    /** Sends and waits for the answer carrying the same seq; retries on silence or line damage. */
    Frame call(int type, byte[] payload) {
        int seq = channel.send(type, payload);
        int timeout = policy.timeoutMs();
        for (int attempt = 1; ; attempt++) {
            Frame f = channel.receive(timeout);
            while (f != null && f.seq() != seq) f = channel.receive(timeout); // stale answers
            Reply r = f == null ? null : Reply.of(f);
            if (f != null && (r == null || r.reason() != NakReason.BAD_FRAME)) return f;
            if (attempt >= policy.maxAttempts())
                throw new DeviceException(DeviceException.Kind.NO_ANSWER, "no answer from the board on " + channel.portName()
                        + " to " + FrameType.name(type) + " after " + attempt + " tries");
            timeout = policy.next(timeout);
            channel.resend(type, seq, payload);
        }
    }

    static DeviceException rejected(int type, Reply r) {
        String why = r == null ? "unexpected answer" : r.reason().text() + " (value " + r.value() + ")";
        DeviceException.Kind kind = r != null && r.reason() == NakReason.TOO_LARGE ? DeviceException.Kind.TOO_LARGE
                : r != null && (r.reason() == NakReason.CRC_MISMATCH || r.reason() == NakReason.BAD_PAYLOAD) ? DeviceException.Kind.VERIFY_FAILED : DeviceException.Kind.REJECTED;
        return new DeviceException(kind, "the board refused " + FrameType.name(type) + ": " + why);
    }
}
