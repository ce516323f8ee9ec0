package dev.dartboard.export.arduino;

import dev.dartboard.model.DataConfig;
import dev.dartboard.nas.cost.Costs;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ring's size from hand-computed costs: one hop's front end + one inference, in 20 ms hops, plus 2. */
class AudioRingTest {
    private static final DataConfig D = DataConfig.defaults();   // 16 kHz, 20 ms hops (320 samples), 49 frames

    private static Costs costs(long network, long frontend, double latencyMs) {
        return new Costs(0, 0, latencyMs, 0, 0, Map.of("cycles.network", network, "cycles.frontend", frontend));
    }

    @Test
    void busyTimeIsTheNetworkPlusOneFrameOfTheFrontEnd() {
        assertEquals(49, D.frames());
        assertEquals(320, D.hopSamples());
        // 64 MHz: 3,500,000 + 4,900,000 cycles = 131.25 ms; busy = (3,500,000 + 100,000) / 64,000 = 56.25 ms
        AudioRing r = AudioRing.of(costs(3_500_000, 4_900_000, 131.25), D);
        assertEquals(56.25, r.busyMs(), 1e-9);
        assertEquals(3 + 2, r.hops(), "56.25 ms spans 3 hops of 20 ms, + the one being written + the one being read");
    }

    @Test
    void anExactMultipleOfTheHopNeedsNoExtraBuffer() {
        // 2,558,000 cycles at 64 MHz = 39.97 ms: 2 hops
        AudioRing r = AudioRing.of(costs(2_558_000, 0, 2_558_000 / 64_000.0), D);
        assertEquals(39.96875, r.busyMs(), 1e-9);
        assertEquals(4, r.hops());
        assertEquals(4, AudioRing.of(costs(2_560_000, 0, 40.0), D).hops(), "40 ms = 2 hops exactly");
        assertEquals(5, AudioRing.of(costs(2_560_064, 0, 2_560_064 / 64_000.0), D).hops(), "a cycle more: 3 hops");
    }

    /** The firmware sketch's fixed ring holds DS-CNN-S's busy time by the same rule (its model is only known at run time). */
    @Test
    void firmwareRingHoldsDsCnnS() throws Exception {
        String ino = java.nio.file.Files.readString(java.nio.file.Path.of("firmware/arduino/dartboard_fw/dartboard_fw.ino"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("RING_HOPS = (\\d+);").matcher(ino);
        assertTrue(m.find(), "the firmware declares RING_HOPS");
        dev.dartboard.model.Genotype g = dev.dartboard.model.Genotype.dscnnS();
        assertEquals(20.0, g.dataConfig().hopSamples() * 1000.0 / g.dataConfig().sampleRate(), 1e-9, "the firmware's buffers are 20 ms");
        Costs c = new dev.dartboard.nas.cost.CostModel(new dev.dartboard.nas.BoardProfiles().load("nano33ble"),
                new dev.dartboard.nas.cost.GenotypeLowering()).of(g, 12);
        AudioRing need = AudioRing.of(c, g.dataConfig());
        System.out.printf("DS-CNN-S: busy %.1f ms, %d buffers; firmware ring %s%n", need.busyMs(), need.hops(), m.group(1));
        assertTrue(Integer.parseInt(m.group(1)) >= need.hops(), need + " vs the firmware's " + m.group(1));
    }

    @Test
    void noWorkStillDoubleBuffers() {
        assertEquals(2, AudioRing.of(costs(0, 0, 0), D).hops());
    }
}
