package dev.dartboard.device;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongConsumer;

/**
 * Streams DATA frames with up to {@code window} unacknowledged frames (go-back-N). The board
 * ACKs each with the next offset it expects, so {@code acked} only grows; a timeout, a damaged
 * frame or an OUT_OF_ORDER NAK for a frame still in flight rewinds to the last acknowledged
 * offset. Chunks halve (down to 32 bytes) after a fault and grow back to 256 after clean runs,
 * so a noisy line still makes progress. One thread at a time.
 */
final class DataPump {
    static final int MAX_CHUNK = 256;
    private record Sent(int seq, long end) { }

    private final FrameChannel ch;
    private final RetryPolicy policy;
    private final int window;
    private final Deque<Sent> inflight = new ArrayDeque<>();
    private int chunk = MAX_CHUNK, clean, timeout, failures;
    private long acked, next, rewinds;

    DataPump(FrameChannel ch, RetryPolicy policy, int window) {
        this.ch = ch;
        this.policy = policy;
        this.window = window;
        this.timeout = policy.timeoutMs();
    }

    /** Sends {@code blob} from offset {@code from}; returns when the board has acknowledged all of it. */
    long send(byte[] blob, long from, LongConsumer progress) {
        acked = next = from;
        while (acked < blob.length) {
            fill(blob);
            Frame f = ch.receive(timeout);
            if (f == null) fault("no answer");
            else handle(Reply.of(f), f.seq(), progress);
        }
        return rewinds;
    }

    private void fill(byte[] blob) {
        while (inflight.size() < window && next < blob.length) {
            int len = (int) Math.min(chunk, blob.length - next);
            ByteBuffer b = ByteBuffer.allocate(4 + len).order(ByteOrder.LITTLE_ENDIAN).putInt((int) next).put(blob, (int) next, len);
            inflight.add(new Sent(ch.send(FrameType.DATA, b.array()), next + len));
            next += len;
        }
    }

    private void handle(Reply r, int seq, LongConsumer progress) {
        if (r == null) return;
        boolean fresh = inflight.stream().anyMatch(s -> s.seq() == seq);
        if (r.ok()) {
            if (r.value() > acked) { acked = r.value(); progress.accept(acked); }
            while (!inflight.isEmpty() && inflight.peek().end() <= acked) inflight.poll();
            failures = 0;
            timeout = policy.timeoutMs();
            if (++clean >= 32 && chunk < MAX_CHUNK) { chunk *= 2; clean = 0; }
        } else if (r.reason() == NakReason.OUT_OF_ORDER || r.reason() == NakReason.BAD_FRAME) {
            if (r.reason() == NakReason.OUT_OF_ORDER) acked = Math.max(acked, r.value());
            if (fresh) fault(r.reason().text());
        } else {
            throw new DeviceException(DeviceException.Kind.REJECTED, "the board refused DATA at offset " + acked + ": " + r.reason().text());
        }
    }

    private void fault(String why) {
        if (++failures > policy.maxAttempts())
            throw new DeviceException(DeviceException.Kind.NO_ANSWER, "upload stalled at offset " + acked + " on " + ch.portName() + ": " + why);
        if (why.equals("no answer")) timeout = policy.next(timeout);
        chunk = Math.max(32, chunk / 2);
        clean = 0;
        rewinds++;
        inflight.clear();
        next = acked;
    }
}
