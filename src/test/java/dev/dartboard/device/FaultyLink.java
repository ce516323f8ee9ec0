package dev.dartboard.device;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

/**
 * Test decorator that damages bytes both ways: each byte is dropped, bit-flipped or duplicated
 * with probability {@code rate / 3} each, and each write stalls for {@code stallMs} with
 * probability {@code stallRate}. Counts what it did. Seeded, so a failing run can be replayed.
 */
final class FaultyLink implements SerialLink {
    final long[] counts = new long[4]; // dropped, flipped, duplicated, stalls
    private final SerialLink inner;
    private final Random random;
    private final double rate;
    private final double stallRate;
    private final int stallMs;

    FaultyLink(SerialLink inner, long seed, double rate, double stallRate, int stallMs) {
        this.inner = inner;
        this.random = new Random(seed);
        this.rate = rate;
        this.stallRate = stallRate;
        this.stallMs = stallMs;
    }

    @Override
    public void write(byte[] data) throws IOException {
        if (random.nextDouble() < stallRate) {
            counts[3]++;
            sleep();
        }
        inner.write(damage(data, data.length));
    }

    @Override
    public int read(byte[] buf, int timeoutMs) throws IOException {
        int n = inner.read(buf, timeoutMs);
        byte[] d = damage(buf, n);
        int k = Math.min(d.length, buf.length);
        System.arraycopy(d, 0, buf, 0, k);
        return k;
    }

    private synchronized byte[] damage(byte[] data, int n) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(n + 8);
        for (int i = 0; i < n; i++) {
            double r = random.nextDouble();
            if (r < rate / 3) { counts[0]++; continue; }
            if (r < 2 * rate / 3) { counts[1]++; out.write(data[i] ^ (1 << random.nextInt(8))); continue; }
            if (r < rate) { counts[2]++; out.write(data[i]); }
            out.write(data[i]);
        }
        return out.toByteArray();
    }

    private void sleep() throws IOException {
        try {
            Thread.sleep(stallMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @Override
    public String name() { return inner.name(); }

    @Override
    public void close() throws IOException { inner.close(); }
}
