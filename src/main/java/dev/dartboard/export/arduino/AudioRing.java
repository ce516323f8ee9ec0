package dev.dartboard.export.arduino;

import dev.dartboard.model.DataConfig;
import dev.dartboard.nas.cost.Costs;

/**
 * How many hop-sized PCM buffers the kws_micro sketch's ring holds so that the microphone's interrupt never
 * finds it full while {@code loop()} is busy. The longest busy stretch is one hop's front end plus one inference
 * (the cost model's {@code cycles.frontend} / frames + {@code cycles.network}, at the clock implied by
 * {@code latencyMs}); during it {@code ceil(busy / hop)} hops complete, one more is being written and the one the
 * loop consumes is still held: {@code hops = ceil(busy / hop) + 2}. A slower board than estimated drops
 * hops, which the sketch counts and prints ("overruns"). Immutable.
 *
 * @param hops        buffers in the ring
 * @param busyMs      the estimated longest loop() iteration, ms
 */
public record AudioRing(int hops, double busyMs) {
    public AudioRing {
        if (hops < 2) throw new IllegalArgumentException("an audio ring needs at least 2 hops: " + hops);
    }

    public static AudioRing of(Costs c, DataConfig d) {
        long net = c.breakdown().getOrDefault("cycles.network", 0L), fe = c.breakdown().getOrDefault("cycles.frontend", 0L);
        double msPerCycle = net + fe == 0 ? 0 : c.latencyMs() / (net + fe);
        double busy = (net + (double) fe / d.frames()) * msPerCycle;
        double hopMs = d.hopSamples() * 1000.0 / d.sampleRate();
        return new AudioRing((int) Math.ceil(busy / hopMs - 1e-9) + 2, busy);
    }
}
