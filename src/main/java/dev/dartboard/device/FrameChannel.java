package dev.dartboard.device;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * Frames over a {@link SerialLink}: numbers outgoing requests, parses incoming bytes, and hands
 * the board's unsolicited frames (LOG, DETECT) to a sink instead of the caller. One thread at a time (the client's); does not own
 * the link (the caller closes it). I/O errors surface as {@link DeviceException} PORT_IO.
 */
public final class FrameChannel {
    private final SerialLink link;
    private final Consumer<Frame> logSink;
    private final FrameParser parser = new FrameParser();
    private final Deque<Frame> ready = new ArrayDeque<>();
    private final byte[] buf = new byte[4096];
    private int nextSeq;

    /** {@code firstSeq}: pick it at random per session so a board never mistakes a new request for a retry. */
    public FrameChannel(SerialLink link, int firstSeq, Consumer<Frame> logSink) {
        this.link = link;
        this.nextSeq = firstSeq & 0xFFFF;
        this.logSink = logSink;
    }

    /** Sends a new request and returns its seq. */
    public int send(int type, byte[] payload) {
        int seq = nextSeq;
        nextSeq = (nextSeq + 1) & 0xFFFF;
        resend(type, seq, payload);
        return seq;
    }

    /** Sends a request again with the seq it had (the board replays its answer for a repeated seq). */
    public void resend(int type, int seq, byte[] payload) {
        try {
            link.write(FrameCodec.encode(new Frame(type, seq, payload)));
        } catch (IOException e) {
            throw new DeviceException(DeviceException.Kind.PORT_IO, "lost the board on " + link.name() + ": " + e.getMessage(), e);
        }
    }

    /** The next non-LOG frame, or null if none arrived within {@code timeoutMs}. */
    public Frame receive(int timeoutMs) {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        while (true) {
            Frame f = ready.poll();
            if (f != null) return f;
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                if (parser.hasPartialFrame()) enqueue(parser.idle());
                return ready.poll();
            }
            int n = read((int) Math.min(left, 20));
            if (n == 0 && parser.hasPartialFrame()) enqueue(parser.idle());
            else enqueue(parser.feed(buf, 0, n));
        }
    }

    public long badFrames() { return parser.badFrames(); }
    public String portName() { return link.name(); }

    private int read(int timeoutMs) {
        try {
            return link.read(buf, timeoutMs);
        } catch (IOException e) {
            throw new DeviceException(DeviceException.Kind.PORT_IO, "lost the board on " + link.name() + ": " + e.getMessage(), e);
        }
    }

    private void enqueue(Iterable<Frame> frames) {
        for (Frame f : frames) {
            if (f.type() == FrameType.LOG || f.type() == FrameType.DETECT) logSink.accept(f);
            else ready.add(f);
        }
    }
}
