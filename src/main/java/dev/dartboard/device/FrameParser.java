package dev.dartboard.device;

import java.util.ArrayList;
import java.util.List;

/**
 * Streaming frame parser, the Java twin of {@code dp_parser}: hunts for the magic, waits for a
 * whole frame, and on a bad CRC or an oversize length drops one byte and rescans, so garbage
 * or a damaged frame never costs the frames after it. Not thread-safe: one parser per stream.
 */
public final class FrameParser {
    private final byte[] buf = new byte[FrameCodec.MAX_FRAME];
    private int n;
    private long badFrames;
    private long skippedBytes;

    /** Appends bytes and returns the good frames they completed, in order. */
    public List<Frame> feed(byte[] data, int offset, int length) {
        List<Frame> out = new ArrayList<>();
        while (length > 0) {
            int k = Math.min(length, buf.length - n);
            System.arraycopy(data, offset, buf, n, k);
            n += k;
            offset += k;
            length -= k;
            process(out);
        }
        return out;
    }

    /** The line went quiet: a partial frame will not complete, so rescan past it. */
    public List<Frame> idle() {
        List<Frame> out = new ArrayList<>();
        while (n > 0 && out.isEmpty()) {
            drop(1);
            skippedBytes++;
            process(out);
        }
        return out;
    }

    public boolean hasPartialFrame() { return n > 0; }
    public long badFrames() { return badFrames; }
    public long skippedBytes() { return skippedBytes; }

    private void process(List<Frame> out) {
        while (true) {
            huntMagic();
            if (n < FrameCodec.HEADER) return;
            int len = FrameCodec.u16(buf, 5);
            if (len > FrameCodec.MAX_PAYLOAD) { drop(1); continue; }
            int total = FrameCodec.HEADER + len + FrameCodec.TRAILER;
            if (n < total) return;
            if (FrameCodec.crcMatches(buf, 0, len)) {
                out.add(FrameCodec.frameAt(buf, 0, len));
                drop(total);
            } else {
                badFrames++;
                drop(1);
            }
        }
    }

    private void huntMagic() {
        int i = 0;
        while (i < n && !((buf[i] & 0xFF) == FrameCodec.MAGIC0 && (i + 1 == n || (buf[i + 1] & 0xFF) == FrameCodec.MAGIC1))) i++;
        skippedBytes += i;
        drop(i);
    }

    private void drop(int k) {
        System.arraycopy(buf, k, buf, 0, n - k);
        n -= k;
    }
}
