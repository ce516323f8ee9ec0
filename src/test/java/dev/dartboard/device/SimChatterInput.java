package dev.dartboard.device;

/** The simulator's --chatter features for tick t (host/sim_main.c: xorshift32 seeded 2463534242 ^ t). */
final class SimChatterInput {
    private SimChatterInput() {}

    static byte[] of(int tick, int n) {
        int x = 0x92D68CA2 ^ tick; // 2463534242
        byte[] in = new byte[n];
        for (int i = 0; i < n; i++) {
            x ^= x << 13;
            x ^= x >>> 17;
            x ^= x << 5;
            in[i] = (byte) x;
        }
        return in;
    }
}
