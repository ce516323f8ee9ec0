package dev.dartboard.device;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Test proxy between two pty pairs: the board (simulator) on one, the host on the other. Two
 * threads copy bytes both ways, each byte dropped, bit-flipped or duplicated with probability
 * rate/3 each; a chunk stalls for {@code stallMs} with probability {@code stallRate}; and with
 * probability {@code unplugRate} per board→host chunk (at most once a second) the board side is
 * unplugged: its port is closed, everything in flight both ways is lost for {@code unplugMs}, then
 * it is reopened. Seeded per direction. Counts in {@link #counts}.
 */
final class PtyFaultProxy implements AutoCloseable {
    static final int DROPPED = 0, FLIPPED = 1, DUPLICATED = 2, STALLS = 3, UNPLUGS = 4, LOST = 5;
    final AtomicLongArray counts = new AtomicLongArray(6);
    private final Path boardPort;
    private final SerialLink host;
    private volatile double rate, stallRate, unplugRate;
    private final int stallMs, unplugMs;
    private final long seed;
    private volatile SerialLink board;
    private volatile boolean unplugged, running = true;
    private final Thread up, down;
    private long lastUnplug = System.nanoTime();

    PtyFaultProxy(Path boardPort, Path hostPort, long seed, double rate, double stallRate, int stallMs, double unplugRate, int unplugMs) {
        this.boardPort = boardPort;
        this.board = JsscSerialLink.open(boardPort.toString());
        this.host = JsscSerialLink.open(hostPort.toString());
        this.seed = seed;
        this.rate = rate;
        this.stallRate = stallRate;
        this.stallMs = stallMs;
        this.unplugRate = unplugRate;
        this.unplugMs = unplugMs;
        this.up = new Thread(this::boardToHost, "proxy-board-to-host");
        this.down = new Thread(this::hostToBoard, "proxy-host-to-board");
        up.setDaemon(true);
        down.setDaemon(true);
        up.start();
        down.start();
    }

    private void boardToHost() {
        Random r = new Random(seed);
        byte[] buf = new byte[4096];
        while (running) {
            try {
                int n = board.read(buf, 20);
                if (n == 0) continue;
                if (r.nextDouble() < unplugRate && System.nanoTime() - lastUnplug > 1_000_000_000L) { unplug(); continue; }
                host.write(damage(r, buf, n));
            } catch (IOException e) {
                if (running && !unplugged) throw new IllegalStateException("proxy board side failed", e);
            }
        }
    }

    private void hostToBoard() {
        Random r = new Random(seed + 1);
        byte[] buf = new byte[4096];
        while (running) {
            try {
                int n = host.read(buf, 20);
                if (n == 0) continue;
                byte[] d = damage(r, buf, n);
                if (unplugged) counts.addAndGet(LOST, d.length);
                else board.write(d);
            } catch (IOException e) {
                if (running && !unplugged) throw new IllegalStateException("proxy host side failed", e);
            }
        }
    }

    /** Stops injecting faults from now on (bytes then pass through unchanged). */
    void quiet() {
        rate = 0;
        stallRate = 0;
        unplugRate = 0;
    }

    /** Closes the board side, waits, reopens it (a USB cable pulled and plugged back). */
    private void unplug() throws IOException {
        counts.incrementAndGet(UNPLUGS);
        unplugged = true;
        board.close();
        sleep(unplugMs);
        board = JsscSerialLink.open(boardPort.toString());
        unplugged = false;
        lastUnplug = System.nanoTime();
    }

    private byte[] damage(Random r, byte[] data, int n) {
        if (r.nextDouble() < stallRate) { counts.incrementAndGet(STALLS); sleep(stallMs); }
        ByteArrayOutputStream out = new ByteArrayOutputStream(n + 8);
        for (int i = 0; i < n; i++) {
            double x = r.nextDouble();
            if (x < rate / 3) { counts.incrementAndGet(DROPPED); continue; }
            if (x < 2 * rate / 3) { counts.incrementAndGet(FLIPPED); out.write(data[i] ^ (1 << r.nextInt(8))); continue; }
            if (x < rate) { counts.incrementAndGet(DUPLICATED); out.write(data[i]); }
            out.write(data[i]);
        }
        return out.toByteArray();
    }

    private static void sleep(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws Exception {
        running = false;
        up.join(2000);
        down.join(2000);
        board.close();
        host.close();
    }
}
