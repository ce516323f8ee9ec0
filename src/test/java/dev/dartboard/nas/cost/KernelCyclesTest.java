package dev.dartboard.nas.cost;

import dev.dartboard.model.BoardProfile;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.FloatOp;
import dev.dartboard.model.Genotype;
import dev.dartboard.nas.BoardProfiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** KernelWork / KernelCycles / FrontEndCosts against counts worked out by hand for DS-CNN-S's shapes. */
class KernelCyclesTest {
    private static final List<String> TWELVE = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l");
    private final FloatModel ds = new GenotypeLowering().lower(Genotype.dscnnS(), TWELVE);

    @Test
    void stemRowsAndRunsFollowSamePadding() {
        // 10×4 stride 2 SAME on 49×10 → 25×5: pad top (24·2 + 10 − 49) / 2 = 4, left (4·2 + 4 − 10) / 2 = 1.
        // Rows in bounds per output row: 6, 8, then 10 × 20, then 9, 7, 5 → 235.
        // Columns per output column: 3, 4, 4, 4, 3 → runs of 4 bytes (DSP) at ox 1..3, 3 bytes (one at a time) at 0 and 4.
        KernelWork w = work(0);
        assertEquals(new KernelWork(235L * 12 * 64, 235L * 6 * 64, 235L * 5 * 32, 25 * 5 * 64, 0), w);
        assertEquals(KernelCycles.PER_CALL + 2.15 * 180_480 + 6.5 * 90_240 + 15.6 * 37_600 + 80 * 8_000,
                KernelCycles.Family.CONV.instructions(w), 1e-6);
    }

    @Test
    void depthwiseCountsOnlyInBoundsTaps() {
        // 3×3 stride 1 SAME on 25×5: rows 2 + 23·3 + 2 = 73, columns 2 + 3·3 + 2 = 13 → 949 taps per channel;
        // 64 channels = 16 groups of 4, each walking 73 · 5 kernel rows.
        assertEquals(new KernelWork(949L * 64, 0, 73L * 5 * 16, 8_000, 0), work(1));
        assertEquals(KernelCycles.PER_CALL + 5.5 * 949 * 64 + 78 * 8_000,
                KernelCycles.Family.DEPTHWISE.instructions(work(1)), 1e-6);
    }

    @Test
    void pointwisePairsAdjacentPixelsAtStrideOne() {
        // 125 pixels at stride 1: 62 two-pixel calls + 1 single, for each of 32 channel pairs; 64 × 64 weight sums.
        assertEquals(new KernelWork(125L * 64 * 64, 0, 32L * 63, 8_000, 64 * 64), work(2));
        FloatOp strided = new FloatOp(FloatOp.Kind.CONV_2D, new int[]{-1}, 5, 1, 1, 2, 2, FloatOp.Padding.SAME,
                FloatOp.Activation.NONE, new float[5 * 6], new float[5]);
        // Stride 2 on 25×5×6 → 13×3×5: 39 pixels one at a time, 2 channel pairs + 1 odd channel; 6 = 4 + 2 bytes.
        assertEquals(new KernelWork(39L * 5 * 4, 39L * 5 * 2, 2 * 39 + 39, 39 * 5, 30),
                KernelWork.of(strided, new int[]{25, 5, 6}, new int[]{13, 3, 5}));
    }

    @Test
    void headAndFrontEndByHand() {
        assertEquals(new KernelWork(0, 25 * 5 * 64, 0, 64, 0), work(9));                    // MEAN
        assertEquals(new KernelWork(12 * 64, 0, 6, 12, 0), work(10));                        // FC 64 → 12
        // Default MFCC: n_fft 1024 → 512-point complex FFT, 256 · 9 butterflies; 40 mel bins, 10 × 40 DCT, 10 features.
        double perFrame = 55.8 * 1024 + 22.1 * 256 * 9 + 85.6 * 40 + 4.25 * 400 + 33.2 * 10;
        assertEquals(perFrame, FrontEndCosts.cyclesPerFrame(DataConfig.defaults()), 1e-6);
        assertEquals(Math.round(perFrame * 49), FrontEndCosts.cycles(DataConfig.defaults()));
    }

    @Test
    void latencyIsTheSumOfKernelAndFrontEndCyclesScaledByTheBoard() throws IOException {
        BoardProfile nano = new BoardProfiles().load("nano33ble");
        double kernels = KernelCycles.PER_INFERENCE;
        for (int i = 0; i < ds.ops().size(); i++) kernels += KernelCycles.instructions(ds.ops().get(i), input(i), ds.shapes().get(i));
        double speed = nano.cyclesPerMac() / KernelCycles.REFERENCE_CYCLES_PER_MAC;
        Costs c = new CostModel(nano, new GenotypeLowering()).of(ds);
        assertEquals(Math.round(kernels * speed), c.breakdown().get("cycles.network"));
        assertEquals(Math.round(Math.round(FrontEndCosts.cycles(DataConfig.defaults())) * speed), c.breakdown().get("cycles.frontend"));
        assertEquals((c.breakdown().get("cycles.network") + c.breakdown().get("cycles.frontend")) * 1000.0 / 64e6, c.latencyMs(), 1e-9);
        BoardProfile slower = new BoardProfile("slow", "slow", "cortex-m4f", 64_000_000, 262_144, 1_048_576, 0, 0,
                2 * KernelCycles.REFERENCE_CYCLES_PER_MAC, "twice the cycles per instruction");
        assertEquals(2 * c.latencyMs(), new CostModel(slower, new GenotypeLowering()).of(ds).latencyMs(), 1e-3);
    }

    private KernelWork work(int op) { return KernelWork.of(ds.ops().get(op), input(op), ds.shapes().get(op)); }

    private int[] input(int op) {
        int src = ds.ops().get(op).inputs()[0];
        return src < 0 ? ds.input() : ds.shapes().get(src);
    }
}
