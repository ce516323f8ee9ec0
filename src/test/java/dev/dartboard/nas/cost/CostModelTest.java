package dev.dartboard.nas.cost;

import dev.dartboard.model.BoardProfile;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.FloatOp;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Primitive;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CostModelTest {
    private static final List<String> TWELVE = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l");

    private static BoardProfile nano() throws IOException {
        return new BoardProfiles().load("nano33ble");
    }

    @Test
    void dscnnSAgainstAHandCount() throws IOException {
        // 49 × 10 MFCC input; stem 10×4×1×64 stride 2 SAME → 25 × 5 × 64; four (dw 3×3×64 + pw 64×64);
        // FC 64 × 12.
        Costs c = new CostModel(nano(), new GenotypeLowering()).of(Genotype.dscnnS(), 12);
        long weights = 10 * 4 * 64 + 4 * (9 * 64 + 64 * 64) + 64 * 12;          // 22,016
        long biases = 64 + 4 * (64 + 64) + 12;                                   // 588
        assertEquals(weights, c.breakdown().get("weights"));
        assertEquals(4 * biases, c.breakdown().get("biases"));
        assertEquals(weights + biases, c.parameters());
        // per-channel multiplier + shift (8 B) for the stem, 4 dw, 4 pw; FC per tensor.
        assertEquals(8L * (64 + 8 * 64 + 1), c.breakdown().get("quantParams"));
        // Two 25×5×64 int8 tensors alive at once (each op reads one, writes the next).
        assertEquals(2 * 25 * 5 * 64, c.breakdown().get("arena"));
        long macs = 25L * 5 * 64 * 40 + 4 * (25L * 5 * 64 * 9 + 25L * 5 * 64 * 64) + 25L * 5 * 64 + 64 * 12;
        assertEquals(macs, c.macs());
        // Streaming front end: (640 + 320) int16 ring, 2 × 320 int16 DMA, 1024 + 513 floats, 40 floats, 49 × 10 int8.
        assertEquals(2 * 960 + 2 * 2 * 320 + 4 * (1024 + 513) + 4 * 40 + 490,
                c.breakdown().get("frontend.pcmRing") + c.breakdown().get("frontend.dmaBuffers")
                        + c.breakdown().get("frontend.fftWork") + c.breakdown().get("frontend.melWork")
                        + c.breakdown().get("frontend.features"));
        assertTrue(c.sramBytes() < 64 * 1024 && c.flashBytes() < 128 * 1024, c.toString());
    }

    @Test
    void anInvertedResidualKeepsItsInputAliveUntilTheAdd() throws IOException {
        DataConfig cfg = new DataConfig(16000, FeatureType.LOG_MEL, 40, 20, 40, 0, 1000);
        Genotype g = new Genotype("ir", cfg, new Genotype.Stem(8, 3, 3, 1, 1),
                List.of(new Genotype.Layer(Primitive.INV_RES_3X3, 8, 1)));
        FloatModel m = new GenotypeLowering().lower(g, TWELVE);
        assertEquals(List.of(FloatOp.Kind.CONV_2D, FloatOp.Kind.CONV_2D, FloatOp.Kind.DEPTHWISE_CONV_2D,
                FloatOp.Kind.CONV_2D, FloatOp.Kind.ADD, FloatOp.Kind.MEAN, FloatOp.Kind.FULLY_CONNECTED),
                m.ops().stream().map(FloatOp::kind).toList());
        ArenaPlan p = ArenaPlan.of(m);
        int cells = 49 * 40;
        // While the depthwise runs: stem output (kept for the ADD) 8, expanded 32, depthwise out 32 channels.
        assertEquals(cells * (8 + 32 + 32), p.peakLive());
        assertEquals(p.peakLive(), p.bytes(), "no fragmentation in this chain");
    }

    @Test
    void widerLayersCostMore() throws IOException {
        CostModel cm = new CostModel(nano(), new GenotypeLowering());
        Genotype narrow = new Genotype("n", DataConfig.defaults(), new Genotype.Stem(16, 10, 4, 2, 2),
                List.of(new Genotype.Layer(Primitive.CONV_3X3, 16, 1)));
        Genotype wide = new Genotype("w", DataConfig.defaults(), new Genotype.Stem(16, 10, 4, 2, 2),
                List.of(new Genotype.Layer(Primitive.CONV_3X3, 32, 1)));
        Costs a = cm.of(narrow, 4), b = cm.of(wide, 4);
        assertTrue(b.flashBytes() > a.flashBytes() && b.sramBytes() > a.sramBytes() && b.latencyMs() > a.latencyMs());
    }

    @Test
    void unknownBoardsAreNamed() {
        IOException e = assertThrows(IOException.class, () -> new BoardProfiles().load("esp32-nope"));
        assertTrue(e.getMessage().contains("esp32-nope"), e.getMessage());
    }
}
